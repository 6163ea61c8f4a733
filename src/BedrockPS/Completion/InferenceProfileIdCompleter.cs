using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace BedrockPS.Completion
{
    /// <summary>Completes -InferenceProfileId with the inference profile ids of the live catalog (same cache as -ModelId).</summary>
    internal sealed class InferenceProfileIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            // Profiles are the catalog entries without a provider.
            IEnumerable<CatalogEntry> profiles = CompletionConnection.Entries(fakeBoundParameters).Where(e => e.Provider == null);
            return CompletionMatcher.Match(wordToComplete, profiles.Select(e => new KeyValuePair<string, string>(e.Id, e.Description)));
        }
    }
}
