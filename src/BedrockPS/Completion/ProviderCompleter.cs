using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace BedrockPS.Completion
{
    /// <summary>
    /// Completes -Provider with the provider names of the live catalog (same cache and wait as -ModelId), or the
    /// well-known Bedrock providers when the catalog cannot be had. It only suggests: any name may be typed.
    /// </summary>
    internal sealed class ProviderCompleter : IArgumentCompleter
    {
        /// <summary>Bedrock's model providers, offered offline.</summary>
        private static readonly string[] WellKnownProviders =
        {
            "AI21 Labs", "Amazon", "Anthropic", "Cohere", "DeepSeek", "Luma AI", "Meta", "Mistral AI", "OpenAI",
            "Qwen", "Stability AI", "TwelveLabs", "Writer",
        };

        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            List<string> providers = CompletionConnection.Entries(fakeBoundParameters)
                .Select(e => e.Provider)
                .Where(p => !string.IsNullOrEmpty(p))
                .Select(p => p!)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .OrderBy(p => p, StringComparer.OrdinalIgnoreCase)
                .ToList();
            IEnumerable<string> offered = providers.Count > 0 ? providers : WellKnownProviders;
            return CompletionMatcher.Match(wordToComplete, offered.Select(p => new KeyValuePair<string, string>(p, p)));
        }
    }
}
