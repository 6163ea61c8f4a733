using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace BedrockPS.Completion
{
    /// <summary>
    /// Turns candidate values into completion results for the word being typed: values starting with it first,
    /// then values containing it ("haiku" finds every Haiku id), quoted when PowerShell needs quotes.
    /// </summary>
    internal static class CompletionMatcher
    {
        public static List<CompletionResult> Match(string? wordToComplete, IEnumerable<KeyValuePair<string, string>> valuesWithTooltips)
        {
            string typed = wordToComplete ?? string.Empty;
            bool typedQuote = typed.StartsWith("'", StringComparison.Ordinal) || typed.StartsWith("\"", StringComparison.Ordinal);
            string prefix = typed.Trim('\'', '"');
            WildcardPattern pattern = PatternFor(prefix);
            var starting = new List<CompletionResult>();
            var containing = new List<CompletionResult>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (KeyValuePair<string, string> pair in valuesWithTooltips)
            {
                string value = pair.Key;
                if (!seen.Add(value)) continue;
                List<CompletionResult>? target = pattern.IsMatch(value) ? starting
                    : value.IndexOf(prefix, StringComparison.OrdinalIgnoreCase) >= 0 ? containing
                    : null;
                if (target == null) continue;
                string tooltip = string.IsNullOrEmpty(pair.Value) ? value : pair.Value;
                target.Add(new CompletionResult(Quote(value, typedQuote), value, CompletionResultType.ParameterValue, tooltip));
            }
            starting.AddRange(containing);
            return starting;
        }

        /// <summary>The typed word as a wildcard prefix ("claude*sonnet" works), or literally when it is no valid pattern ("[").</summary>
        private static WildcardPattern PatternFor(string prefix)
        {
            var pattern = new WildcardPattern(prefix + "*", WildcardOptions.IgnoreCase);
            try
            {
                // The pattern is parsed on first use.
                pattern.IsMatch(string.Empty);
                return pattern;
            }
            catch (WildcardPatternException)
            {
                return new WildcardPattern(WildcardPattern.Escape(prefix) + "*", WildcardOptions.IgnoreCase);
            }
        }

        /// <summary>Single quotes when the user began with a quote or the value would not survive as a bare word.</summary>
        private static string Quote(string value, bool typedQuote)
        {
            bool needsQuotes = typedQuote || value.Length == 0
                || value.Any(c => char.IsWhiteSpace(c) || "'\"`$;,(){}|&@#<>".IndexOf(c) >= 0);
            return needsQuotes ? "'" + value.Replace("'", "''") + "'" : value;
        }
    }
}
