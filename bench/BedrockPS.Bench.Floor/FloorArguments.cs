using System;
using System.Collections.Generic;
using System.Globalization;

namespace BedrockPS.Bench.Floor
{
    /// <summary>"--name value" pairs after the command word.</summary>
    internal sealed class FloorArguments
    {
        private readonly Dictionary<string, string> _values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public FloorArguments(string[] args, int start)
        {
            for (int i = start; i < args.Length; i++)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                {
                    throw new ArgumentException("Expected '--name value', got '" + args[i] + "'.");
                }
                _values[args[i].Substring(2)] = args[++i];
            }
        }

        public string Required(string name) =>
            _values.TryGetValue(name, out string? value) ? value : throw new ArgumentException("--" + name + " is required.");

        public int Number(string name, int fallback) =>
            _values.TryGetValue(name, out string? value) ? int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;
    }
}
