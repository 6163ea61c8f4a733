using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace BedrockPS.Completion
{
    /// <summary>Completes -ProfileName with the profiles of the shared AWS credentials and config files.</summary>
    internal sealed class ProfileNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            return CompletionMatcher.Match(wordToComplete, SharedConfigProfiles.Names().Select(n => new KeyValuePair<string, string>(n, "AWS profile " + n)));
        }
    }
}
