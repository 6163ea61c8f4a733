using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace BedrockPS.Core.StructuredOutput
{
    /// <summary>
    /// Writes the schema Bedrock is sent (input already inlined and checked): objects closed with
    /// "additionalProperties": false, and the constraints the decoder does not take (minimum, maxLength, ...) written
    /// as a sentence in "description", where the model still reads them.
    /// </summary>
    internal static class ServiceSchemaWriter
    {
        public static void Write(Utf8JsonWriter writer, JsonElement schema)
        {
            if (schema.ValueKind != JsonValueKind.Object)
            {
                schema.WriteTo(writer);
                return;
            }

            string? constraints = DescribeConstraints(schema);
            bool isObject = IsObjectSchema(schema);
            bool wroteDescription = false;
            bool hasAdditional = false;
            writer.WriteStartObject();
            foreach (JsonProperty keyword in schema.EnumerateObject())
            {
                string name = keyword.Name;
                JsonElement value = keyword.Value;
                if (JsonSchemaPolicy.IsLocalConstraint(name))
                {
                    // "at least one item" is the one array constraint the decoder enforces.
                    if (name == "minItems" && value.TryGetInt32(out int least) && least >= 1) writer.WriteNumber("minItems", 1);
                    continue;
                }
                if (name == "description" && constraints != null)
                {
                    writer.WriteString("description", (value.GetString() ?? string.Empty).TrimEnd() + " " + constraints);
                    wroteDescription = true;
                    continue;
                }
                if (name == "additionalProperties") hasAdditional = true;
                writer.WritePropertyName(name);
                switch (name)
                {
                    case "properties":
                        writer.WriteStartObject();
                        foreach (JsonProperty property in value.EnumerateObject())
                        {
                            writer.WritePropertyName(property.Name);
                            Write(writer, property.Value);
                        }
                        writer.WriteEndObject();
                        break;
                    case "items":
                        Write(writer, value);
                        break;
                    case "anyOf":
                    case "allOf":
                        writer.WriteStartArray();
                        foreach (JsonElement item in value.EnumerateArray()) Write(writer, item);
                        writer.WriteEndArray();
                        break;
                    default:
                        value.WriteTo(writer);
                        break;
                }
            }
            if (constraints != null && !wroteDescription) writer.WriteString("description", constraints);
            if (isObject && !hasAdditional) writer.WriteBoolean("additionalProperties", false);
            writer.WriteEndObject();
        }

        private static bool IsObjectSchema(JsonElement schema)
        {
            if (schema.TryGetProperty("properties", out _)) return true;
            if (!schema.TryGetProperty("type", out JsonElement type)) return false;
            if (type.ValueKind == JsonValueKind.String) return type.ValueEquals("object");
            if (type.ValueKind != JsonValueKind.Array) return false;
            foreach (JsonElement name in type.EnumerateArray())
            {
                if (name.ValueKind == JsonValueKind.String && name.ValueEquals("object")) return true;
            }
            return false;
        }

        private static string? DescribeConstraints(JsonElement schema)
        {
            var parts = new List<string>();
            foreach (JsonProperty keyword in schema.EnumerateObject())
            {
                string value = keyword.Value.GetRawText();
                switch (keyword.Name)
                {
                    case "minimum": parts.Add("at least " + value); break;
                    case "maximum": parts.Add("at most " + value); break;
                    case "exclusiveMinimum": parts.Add("greater than " + value); break;
                    case "exclusiveMaximum": parts.Add("less than " + value); break;
                    case "multipleOf": parts.Add("a multiple of " + value); break;
                    case "minLength": parts.Add("at least " + value + " characters"); break;
                    case "maxLength": parts.Add("at most " + value + " characters"); break;
                    case "minItems":
                        if (!keyword.Value.TryGetInt32(out int least) || least > 1) parts.Add("at least " + value + " items");
                        break;
                    case "maxItems": parts.Add("at most " + value + " items"); break;
                }
            }
            if (parts.Count == 0) return null;
            var text = new StringBuilder("Must be ");
            text.Append(string.Join(", ", parts)).Append('.');
            return text.ToString();
        }
    }
}
