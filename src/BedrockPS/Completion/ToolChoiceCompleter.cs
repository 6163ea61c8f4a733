using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace BedrockPS.Completion
{
    /// <summary>
    /// Suggests auto and any for -ToolChoice. Not a ValidateSet: the name of one tool the model must use is
    /// valid too.
    /// </summary>
    internal sealed class ToolChoiceCompleter : IArgumentCompleter
    {
        private static readonly KeyValuePair<string, string>[] Choices =
        {
            new KeyValuePair<string, string>("auto", "auto: the model decides whether to use a tool"),
            new KeyValuePair<string, string>("any", "any: the model must use one of the tools"),
        };

        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            return CompletionMatcher.Match(wordToComplete, Choices.ToList());
        }
    }
}
