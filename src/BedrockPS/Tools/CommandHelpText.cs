using System;
using System.Collections.Generic;

namespace BedrockPS.Tools
{
    /// <summary>The parts of a command's help that become a tool description and parameter descriptions.</summary>
    internal sealed class CommandHelpText
    {
        internal static readonly CommandHelpText Empty = new CommandHelpText(null, null, new Dictionary<string, string>());

        internal CommandHelpText(string? synopsis, string? description, IDictionary<string, string> parameterDescriptions)
        {
            Synopsis = Clean(synopsis);
            Description = Clean(description);
            var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in parameterDescriptions)
            {
                string? text = Clean(pair.Value);
                if (text != null)
                {
                    parameters[pair.Key] = text;
                }
            }

            ParameterDescriptions = parameters;
        }

        internal string? Synopsis { get; }

        internal string? Description { get; }

        internal IReadOnlyDictionary<string, string> ParameterDescriptions { get; }

        private static string? Clean(string? text)
        {
            if (text == null)
            {
                return null;
            }

            string trimmed = text.Trim();
            return trimmed.Length == 0 ? null : trimmed;
        }
    }
}
