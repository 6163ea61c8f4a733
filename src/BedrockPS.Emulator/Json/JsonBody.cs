using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.Json
{
    /// <summary>Reading request JSON and writing response JSON, with the service's error for bodies that are not JSON objects.</summary>
    internal static class JsonBody
    {
        public static JsonObject ParseObject(byte[] body, string malformedMessage)
        {
            try
            {
                if (body.Length == 0)
                {
                    return new JsonObject();
                }
                return JsonNode.Parse(body) as JsonObject ?? throw ServiceError.Validation(malformedMessage);
            }
            catch (JsonException)
            {
                throw ServiceError.Validation(malformedMessage);
            }
        }

        // The service writes quotes and non-ASCII text as they are, not as \u escapes.
        private static readonly JsonSerializerOptions WriteOptions = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public static byte[] Bytes(JsonNode node) => Encoding.UTF8.GetBytes(Text(node));

        public static string Text(JsonNode node) => node.ToJsonString(WriteOptions);

        /// <summary>A number member, or null when absent; a non-number is a validation error naming the member.</summary>
        public static double? Number(JsonObject parent, string member, string path)
        {
            JsonNode? node = parent[member];
            if (node == null)
            {
                return null;
            }
            if (node is JsonValue value && value.TryGetValue(out double number))
            {
                return number;
            }
            throw ServiceError.Validation("1 validation error detected: Value at '" + path + "' failed to satisfy constraint: Member must be a number");
        }

        public static string? String(JsonObject parent, string member)
        {
            JsonNode? node = parent[member];
            return node is JsonValue value && value.TryGetValue(out string? text) ? text : null;
        }

        public static string Format(double value) => value.ToString("0.########", CultureInfo.InvariantCulture);
    }
}
