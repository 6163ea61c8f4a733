using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Text.Json;

namespace BedrockPS.Conversion
{
    /// <summary>
    /// Turns JSON into the objects ConvertFrom-Json gives: objects become PSCustomObjects with properties in
    /// document order, arrays become object[], numbers become long/double (decimal when they need it), and
    /// strings stay strings (no date guessing, so text round-trips unchanged).
    /// </summary>
    public static class JsonToPowerShell
    {
        /// <summary>Parses JSON text; returns null for empty text and throws JsonException for malformed text.</summary>
        public static object? Parse(string json)
        {
            if (string.IsNullOrWhiteSpace(json)) return null;
            using (JsonDocument document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 }))
            {
                return Convert(document.RootElement);
            }
        }

        /// <summary>Parses JSON, or returns null when the text is not JSON (for bodies of unknown content type).</summary>
        public static object? TryParse(string text)
        {
            try
            {
                return Parse(text);
            }
            catch (JsonException)
            {
                return null;
            }
        }

        public static object? Convert(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    var result = new PSObject();
                    foreach (JsonProperty property in element.EnumerateObject())
                    {
                        // A duplicate key keeps the last value, like ConvertFrom-Json -AsHashtable would.
                        PSPropertyInfo? existing = result.Properties[property.Name];
                        if (existing != null) result.Properties.Remove(property.Name);
                        result.Properties.Add(new PSNoteProperty(property.Name, Convert(property.Value)));
                    }
                    return result;
                case JsonValueKind.Array:
                    var items = new List<object?>(element.GetArrayLength());
                    foreach (JsonElement item in element.EnumerateArray()) items.Add(Convert(item));
                    return items.ToArray();
                case JsonValueKind.String:
                    return element.GetString();
                case JsonValueKind.Number:
                    if (element.TryGetInt32(out int small)) return small;
                    if (element.TryGetInt64(out long large)) return large;
                    string raw = element.GetRawText();
                    if (raw.IndexOfAny(new[] { 'e', 'E' }) < 0 && decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal exact)
                        && raw.Length <= 28)
                    {
                        // A double when it holds the number exactly as written (0.1, 12380706.032786885), a decimal only
                        // when the text has more digits than a double keeps. Compared through the double's shortest text:
                        // the decimal-to-double cast itself can be one unit off and would turn plain doubles into decimals.
                        double asDouble = element.GetDouble();
                        bool doubleIsExact = decimal.TryParse(asDouble.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal shortest)
                            && shortest == exact;
                        return doubleIsExact ? asDouble : (object)exact;
                    }
                    return element.GetDouble();
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                default:
                    return null;
            }
        }
    }
}
