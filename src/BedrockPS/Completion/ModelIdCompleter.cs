using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace BedrockPS.Completion
{
    /// <summary>
    /// Completes -ModelId from the live catalog (foundation models and inference profiles) of the configuration
    /// the command would use. A tab press waits about a second at most; offline it offers nothing, quietly. It
    /// only suggests: any id may still be typed.
    /// </summary>
    internal sealed class ModelIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            IReadOnlyList<CatalogEntry> entries = CompletionConnection.Entries(fakeBoundParameters);
            return CompletionMatcher.Match(wordToComplete, entries.Select(e => new KeyValuePair<string, string>(e.Id, e.Description)));
        }
    }
}
