using System;
using System.Text;
using System.Text.Json;

namespace BedrockPS.Core.StructuredOutput
{
    /// <summary>RFC 6901 JSON pointers: escaping one token, and resolving a local "#/..." reference inside a document.</summary>
    internal static class JsonPointer
    {
        public static string Escape(string token)
        {
            if (token.IndexOf('~') < 0 && token.IndexOf('/') < 0) return token;
            return token.Replace("~", "~0").Replace("/", "~1");
        }

        public static string Append(string pointer, string token) => pointer + "/" + Escape(token);

        public static string Append(string pointer, int index) => pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>Finds the schema a local $ref ("#", "#/$defs/x") names; false when it is not local or leads nowhere.</summary>
        public static bool TryResolve(JsonElement root, string reference, out JsonElement target)
        {
            target = root;
            if (reference.Length == 0 || reference[0] != '#') return false;
            string pointer = Uri.UnescapeDataString(reference.Substring(1));
            if (pointer.Length == 0) return true;
            if (pointer[0] != '/') return false;
            foreach (string raw in pointer.Substring(1).Split('/'))
            {
                string token = raw.Replace("~1", "/").Replace("~0", "~");
                if (target.ValueKind == JsonValueKind.Object)
                {
                    if (!target.TryGetProperty(token, out target)) return false;
                }
                else if (target.ValueKind == JsonValueKind.Array && int.TryParse(token, out int index) && index >= 0 && index < target.GetArrayLength())
                {
                    target = target[index];
                }
                else
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>A short, single-line picture of a value for messages ("urgent", 42, an object).</summary>
        public static string Show(JsonElement value)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    string text = value.GetString() ?? string.Empty;
                    return JsonSerializer.Serialize(text.Length > 60 ? text.Substring(0, 57) + "..." : text);
                case JsonValueKind.Object:
                    return "an object";
                case JsonValueKind.Array:
                    return "an array of " + value.GetArrayLength();
                default:
                    return value.GetRawText();
            }
        }

        public static string KindName(JsonValueKind kind)
        {
            switch (kind)
            {
                case JsonValueKind.Object: return "object";
                case JsonValueKind.Array: return "array";
                case JsonValueKind.String: return "string";
                case JsonValueKind.Number: return "number";
                case JsonValueKind.True:
                case JsonValueKind.False: return "boolean";
                default: return "null";
            }
        }

        public static string JoinShown(JsonElement[] values)
        {
            var text = new StringBuilder();
            for (int i = 0; i < values.Length; i++)
            {
                if (i > 0) text.Append(", ");
                if (i == 12)
                {
                    text.Append("...");
                    break;
                }
                text.Append(Show(values[i]));
            }
            return text.ToString();
        }
    }
}
