using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using BedrockPS.Emulator.Generation;
using BedrockPS.Emulator.Json;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.Converse
{
    /// <summary>
    /// Reads outputConfig: textFormat {type "json_schema", structure {jsonSchema {schema (JSON text), name,
    /// description}}} and effort (at most 16 characters), with the service model's constraints.
    /// </summary>
    internal static class OutputConfigReader
    {
        public static void Read(JsonObject? config, GenerationRequest request, List<string> violations)
        {
            if (config == null)
            {
                return;
            }
            if (config["effort"] is JsonNode effort && effort.ToString().Length > 16)
            {
                violations.Add("Value '" + effort + "' at 'outputConfig.effort' failed to satisfy constraint: Member must have length less than or equal to 16");
            }
            if (!(config["textFormat"] is JsonObject format))
            {
                return;
            }
            string? type = JsonBody.String(format, "type");
            if (type == null)
            {
                violations.Add("Value null at 'outputConfig.textFormat.type' failed to satisfy constraint: Member must not be null");
            }
            else if (type != "json_schema")
            {
                violations.Add("Value '" + type + "' at 'outputConfig.textFormat.type' failed to satisfy constraint: Member must satisfy enum value set: [json_schema]");
            }
            var definition = format["structure"]?["jsonSchema"] as JsonObject;
            if (format["structure"] == null)
            {
                violations.Add("Value null at 'outputConfig.textFormat.structure' failed to satisfy constraint: Member must not be null");
                return;
            }
            string? schema = definition == null ? null : JsonBody.String(definition, "schema");
            if (schema == null)
            {
                violations.Add("Value null at 'outputConfig.textFormat.structure.jsonSchema.schema' failed to satisfy constraint: Member must not be null");
                return;
            }
            JsonNode? parsed;
            try
            {
                parsed = JsonNode.Parse(schema);
            }
            catch (JsonException)
            {
                parsed = null;
            }
            if (!(parsed is JsonObject))
            {
                // Worded like the service's answer to a tool schema that is not a JSON object.
                throw ServiceError.Validation("The format of the value at outputConfig.textFormat.structure.jsonSchema.schema is invalid. Provide a json object for the field and try again.");
            }
            request.OutputSchema = parsed;
        }
    }
}
