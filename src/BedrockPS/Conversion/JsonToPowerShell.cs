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
    internal static class JsonToPowerShell
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

        public static object? Convert(JsonElement element) => Convert(element, exactNumbers: false);

        /// <summary>
        /// Structured-output data: as <see cref="Convert(JsonElement)"/>, but each number becomes the narrowest .NET
        /// type that holds it exactly: int, then long, then decimal (0.1 stays 0.1, 12.50 stays 12.50), and double
        /// only for what decimal cannot hold (exponents beyond its range, more than 28 significant digits).
        /// </summary>
        public static object? ConvertData(JsonElement element) => Convert(element, exactNumbers: true);

        private static object? Convert(JsonElement element, bool exactNumbers)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    int count = 0;
                    foreach (JsonProperty _ in element.EnumerateObject()) count++;
                    var result = PropertyBag.Create(count);
                    var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    foreach (JsonProperty property in element.EnumerateObject())
                    {
                        // A duplicate key keeps the last value, like ConvertFrom-Json -AsHashtable would. Duplicates are
                        // found here rather than by PowerShell's own look-up, which costs far more than the add itself.
                        string name = property.Name;
                        if (!names.Add(name)) result.Properties.Remove(name);
                        result.Properties.Add(new PSNoteProperty(name, Convert(property.Value, exactNumbers)), true);
                    }
                    return result;
                case JsonValueKind.Array:
                    var items = new List<object?>(element.GetArrayLength());
                    foreach (JsonElement item in element.EnumerateArray()) items.Add(Convert(item, exactNumbers));
                    return items.ToArray();
                case JsonValueKind.String:
                    return element.GetString();
                case JsonValueKind.Number:
                    if (element.TryGetInt32(out int small)) return small;
                    if (element.TryGetInt64(out long large)) return large;
                    if (exactNumbers) return ExactNumber(element);
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

        private static object ExactNumber(JsonElement element)
        {
            string raw = element.GetRawText();
            if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value)) return element.GetDouble();
            bool exact = raw.IndexOfAny(new[] { 'e', 'E' }) < 0
                ? Normalized(value.ToString(CultureInfo.InvariantCulture)) == Normalized(raw)
                // With an exponent, the digits must fit and the scale must not have rounded (1.5e-28 would).
                : SignificantDigits(raw) <= 28 && (value != 0m || IsZero(raw)) && (double)value == element.GetDouble();
            return exact ? value : (object)element.GetDouble();
        }

        /// <summary>A plain decimal numeral without sign of zero, trailing fraction zeros or a bare point.</summary>
        private static string Normalized(string numeral)
        {
            string text = numeral.IndexOf('.') >= 0 ? numeral.TrimEnd('0').TrimEnd('.') : numeral;
            return text == "-0" ? "0" : text;
        }

        /// <summary>Digits of the mantissa without leading or trailing zeros: what decimal must hold to be exact.</summary>
        private static int SignificantDigits(string raw)
        {
            int end = raw.IndexOfAny(new[] { 'e', 'E' });
            string mantissa = (end < 0 ? raw : raw.Substring(0, end)).TrimStart('-').Replace(".", string.Empty).Trim('0');
            return mantissa.Length;
        }

        private static bool IsZero(string raw)
        {
            int end = raw.IndexOfAny(new[] { 'e', 'E' });
            foreach (char c in end < 0 ? raw : raw.Substring(0, end))
            {
                if (c >= '1' && c <= '9') return false;
            }
            return true;
        }
    }
}
