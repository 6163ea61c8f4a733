using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Text.Json;
using BedrockPS.Conversion;

namespace BedrockPS.Tools
{
    /// <summary>
    /// Turns the model's tool input (a JSON object) into parameter values: one parameter per top-level member.
    /// Nested objects become hashtables rather than PSCustomObjects because [hashtable] parameters bind only those.
    /// </summary>
    internal static class ToolInputBinder
    {
        internal static IReadOnlyList<KeyValuePair<string, object?>> ToParameters(JsonElement? input)
        {
            var parameters = new List<KeyValuePair<string, object?>>();
            if (input == null || input.Value.ValueKind != JsonValueKind.Object)
            {
                return parameters;
            }

            foreach (JsonProperty member in input.Value.EnumerateObject())
            {
                parameters.Add(new KeyValuePair<string, object?>(member.Name, ToValue(member.Value)));
            }

            return parameters;
        }

        private static object? ToValue(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    var table = new Hashtable(System.StringComparer.OrdinalIgnoreCase);
                    foreach (JsonProperty member in element.EnumerateObject())
                    {
                        table[member.Name] = ToValue(member.Value);
                    }

                    return table;
                case JsonValueKind.Array:
                    var items = new List<object?>();
                    foreach (JsonElement item in element.EnumerateArray())
                    {
                        items.Add(ToValue(item));
                    }

                    return items.ToArray();
                default:
                    return JsonToPowerShell.Convert(element);
            }
        }
    }
}
