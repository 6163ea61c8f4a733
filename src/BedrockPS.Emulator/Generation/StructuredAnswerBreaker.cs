using System.Linq;
using System.Text.Json.Nodes;

namespace BedrockPS.Emulator.Generation
{
    /// <summary>
    /// Turns a valid structured answer into one that fails its schema, for scenario rules that test a client's repair
    /// path: the first required property is dropped; without one, the first property gets a value of the wrong type;
    /// a non-object answer becomes a value of another type.
    /// </summary>
    internal static class StructuredAnswerBreaker
    {
        public static JsonNode? Break(JsonNode? answer, JsonNode? schema)
        {
            if (answer is JsonObject obj)
            {
                var copy = (JsonObject)obj.DeepClone();
                string? required = (schema?["required"] as JsonArray)?.Select(n => n?.ToString()).FirstOrDefault(n => n != null && copy.ContainsKey(n));
                if (required != null)
                {
                    copy.Remove(required);
                    return copy;
                }
                string? first = copy.Select(p => p.Key).FirstOrDefault();
                if (first != null)
                {
                    copy[first] = WrongType(copy[first]);
                    return copy;
                }
                copy["unexpected_property"] = "not in the schema";
                return copy;
            }
            return WrongType(answer);
        }

        private static JsonNode WrongType(JsonNode? value) =>
            value is JsonValue v && v.TryGetValue(out string? _) ? (JsonNode)JsonValue.Create(42) : JsonValue.Create("not valid for the schema");
    }
}
