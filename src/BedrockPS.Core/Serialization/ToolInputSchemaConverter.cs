using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BedrockPS.Core.Serialization
{
    /// <summary>
    /// Maps a bare JSON schema to the wire union {"json": schema} and back, so callers handle the schema itself.
    /// </summary>
    internal sealed class ToolInputSchemaConverter : JsonConverter<JsonElement>
    {
        public override JsonElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("json", out var schema))
            {
                return schema.Clone();
            }
            return root.Clone();
        }

        public override void Write(Utf8JsonWriter writer, JsonElement value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("json");
            if (value.ValueKind == JsonValueKind.Undefined)
            {
                // An unset schema still has to be an object for the service to accept the tool.
                writer.WriteStartObject();
                writer.WriteString("type", "object");
                writer.WriteEndObject();
            }
            else
            {
                value.WriteTo(writer);
            }
            writer.WriteEndObject();
        }
    }
}
