using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Text;
using System.Text.Json;
using BedrockPS.Core.Models;

namespace BedrockPS.Tools
{
    /// <summary>
    /// Turns what a command wrote into toolResult content: plain values become text (one per line), objects become
    /// JSON made by ConvertTo-Json (so the model sees what a PowerShell user would), and long results are cut.
    /// </summary>
    internal static class ToolOutputConverter
    {
        internal const int DefaultMaxCharacters = 50_000;
        private const int JsonDepth = 4;

        /// <summary>Must run on the pipeline thread: objects are converted by ConvertTo-Json in the current runspace.</summary>
        internal static List<ToolResultContentBlock> Convert(Collection<PSObject> output, IList<ErrorRecord> errors, int maxCharacters)
        {
            var values = output.Where(o => o != null && o.BaseObject != null).ToList();
            var content = new List<ToolResultContentBlock>();
            if (values.Count == 0)
            {
                if (errors.Count == 0)
                {
                    content.Add(new ToolResultContentBlock { Text = "The command completed without output." });
                }
            }
            else if (values.All(v => IsPlain(v.BaseObject)))
            {
                string text = string.Join("\n", values.Select(v => System.Convert.ToString(v.BaseObject, CultureInfo.InvariantCulture)));
                content.Add(new ToolResultContentBlock { Text = Cut(text, maxCharacters) });
            }
            else
            {
                content.Add(ToJsonBlock(values, maxCharacters));
            }

            if (errors.Count > 0)
            {
                var builder = new StringBuilder("Errors:");
                foreach (ErrorRecord error in errors)
                {
                    builder.Append('\n').Append(error.ErrorDetails?.Message ?? error.Exception?.Message ?? error.ToString());
                }

                content.Add(new ToolResultContentBlock { Text = Cut(builder.ToString(), maxCharacters) });
            }

            return content;
        }

        private static ToolResultContentBlock ToJsonBlock(List<PSObject> values, int maxCharacters)
        {
            using var powerShell = PowerShell.Create(RunspaceMode.CurrentRunspace);
            object input = values.Count == 1 ? (object)values[0] : values.ToArray();
            powerShell.AddCommand("Microsoft.PowerShell.Utility\\ConvertTo-Json")
                .AddParameter("InputObject", input)
                .AddParameter("Depth", JsonDepth)
                .AddParameter("Compress")
                .AddParameter("WarningAction", ActionPreference.SilentlyContinue);
            string json = string.Concat(powerShell.Invoke().Select(o => o?.ToString()));
            if (json.Length > maxCharacters)
            {
                return new ToolResultContentBlock { Text = Cut(json, maxCharacters) };
            }

            using JsonDocument document = JsonDocument.Parse(json);
            JsonElement root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                return new ToolResultContentBlock { Json = root.Clone() };
            }

            // Models expect a JSON object in a json result; a list is wrapped rather than sent as text.
            using JsonDocument wrapped = JsonDocument.Parse("{\"result\":" + json + "}");
            return new ToolResultContentBlock { Json = wrapped.RootElement.Clone() };
        }

        private static bool IsPlain(object value)
        {
            return value is string || value is char || value is bool || value is Enum || value is DateTime || value is DateTimeOffset
                || value is Guid || value is decimal || value is double || value is float
                || value is int || value is long || value is short || value is byte || value is uint || value is ulong || value is ushort || value is sbyte;
        }

        private static string Cut(string text, int maxCharacters)
        {
            if (text.Length <= maxCharacters)
            {
                return text;
            }

            return text.Substring(0, maxCharacters) + $"\n[output cut: {text.Length - maxCharacters} more characters]";
        }
    }
}
