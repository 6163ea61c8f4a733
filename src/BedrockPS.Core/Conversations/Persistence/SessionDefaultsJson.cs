using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using BedrockPS.Core.Requests;
using BedrockPS.Core.StructuredOutput;
using F = BedrockPS.Core.Conversations.Persistence.SessionFileFormat;

namespace BedrockPS.Core.Conversations.Persistence
{
    /// <summary>Writes and reads the "defaults" member of a session file (see <see cref="SessionFileFormat"/>).</summary>
    internal static class SessionDefaultsJson
    {
        public static void Write(Utf8JsonWriter writer, ConverseDefaults defaults)
        {
            writer.WriteStartObject(F.Defaults);
            StructuredOutputSpec? schema = defaults.StructuredOutput;
            if (schema != null)
            {
                // The schema as the user gave it: reading it back compiles it and prepares it for the service again.
                writer.WritePropertyName(F.JsonSchema);
                schema.Validator.Schema.WriteTo(writer);
                writer.WriteString(F.SchemaName, schema.Name);
                if (schema.Description != null) writer.WriteString(F.SchemaDescription, schema.Description);
                writer.WriteString(F.StructuredOutputMode, schema.Mode.ToString());
            }
            WriteIfGiven(writer, F.ServiceTier, defaults.ServiceTier);
            WriteIfGiven(writer, F.Latency, defaults.Latency);
            WriteIfGiven(writer, F.Effort, defaults.Effort);
            if (defaults.CacheSystemPrompt) writer.WriteBoolean(F.CacheSystemPrompt, true);
            if (defaults.CacheTools) writer.WriteBoolean(F.CacheTools, true);
            WriteIfGiven(writer, F.CacheTtl, defaults.CacheTtl);
            if (defaults.RequestMetadata != null)
            {
                writer.WriteStartObject(F.RequestMetadata);
                foreach (KeyValuePair<string, string> pair in defaults.RequestMetadata) writer.WriteString(pair.Key, pair.Value);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }

        /// <summary>Reads and checks the defaults the way New-BedrockSession checks them; a bad value is a SessionFileException.</summary>
        public static ConverseDefaults Read(JsonElement element, string? path)
        {
            StructuredOutputSpec? schema = null;
            if (element.TryGetProperty(F.JsonSchema, out JsonElement schemaJson) && schemaJson.ValueKind != JsonValueKind.Null)
            {
                SessionFileReader.RequireKind(schemaJson, JsonValueKind.Object, F.Defaults + "." + F.JsonSchema, path);
                string? name = SessionFileReader.OptionalString(element, F.SchemaName, path, F.Defaults);
                if (string.IsNullOrEmpty(name) || name!.Length > 64 || !name.All(c => (char.IsLetterOrDigit(c) && c < 128) || c == '_' || c == '-'))
                    throw new SessionFileException(path, $"{F.Defaults}.{F.SchemaName} is not a valid schema name (1 to 64 of a-z, A-Z, 0-9, _ and -).");
                string? modeText = SessionFileReader.OptionalString(element, F.StructuredOutputMode, path, F.Defaults);
                StructuredOutputMode mode = StructuredOutputMode.Auto;
                if (modeText != null && !Enum.TryParse(modeText, ignoreCase: true, out mode))
                    throw new SessionFileException(path, $"{F.Defaults}.{F.StructuredOutputMode} must be Auto, Native or Tool.");
                try
                {
                    schema = StructuredOutputSpec.FromSchema(schemaJson, name!, SessionFileReader.OptionalString(element, F.SchemaDescription, path, F.Defaults), mode);
                }
                catch (BedrockServiceException ex)
                {
                    throw new SessionFileException(path, $"{F.Defaults}.{F.JsonSchema} is not a schema this module can use ({ex.Message}).", ex);
                }
            }

            string? tier = SessionFileReader.OptionalString(element, F.ServiceTier, path, F.Defaults);
            string? latency = SessionFileReader.OptionalString(element, F.Latency, path, F.Defaults);
            string? effort = SessionFileReader.OptionalString(element, F.Effort, path, F.Defaults);
            string? ttl = SessionFileReader.OptionalString(element, F.CacheTtl, path, F.Defaults);
            Dictionary<string, string>? metadata = null;
            if (element.TryGetProperty(F.RequestMetadata, out JsonElement pairs) && pairs.ValueKind != JsonValueKind.Null)
            {
                SessionFileReader.RequireKind(pairs, JsonValueKind.Object, F.Defaults + "." + F.RequestMetadata, path);
                metadata = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (JsonProperty pair in pairs.EnumerateObject())
                {
                    if (pair.Value.ValueKind != JsonValueKind.String)
                        throw new SessionFileException(path, $"{F.Defaults}.{F.RequestMetadata} values must be strings.");
                    metadata[pair.Name] = pair.Value.GetString()!;
                }
            }
            try
            {
                // The same checks a call makes, so a hand-edited file cannot carry a value every turn would refuse.
                ConverseRequestBuilder.CheckedTier(tier);
                ConverseRequestBuilder.CheckedLatency(latency);
                ConverseRequestBuilder.CheckedTtl(ttl);
                ConverseRequestBuilder.CheckedMetadata(metadata);
            }
            catch (InvalidRequestException ex)
            {
                throw new SessionFileException(path, $"\"{F.Defaults}\" holds a value a request would refuse: {ex.Message}", ex);
            }
            if (effort != null && effort.Trim().Length > 16)
                throw new SessionFileException(path, $"{F.Defaults}.{F.Effort} is longer than 16 characters.");

            return new ConverseDefaults(schema, tier, latency, effort, OptionalFlag(element, F.CacheSystemPrompt, path),
                OptionalFlag(element, F.CacheTools, path), ttl, metadata);
        }

        private static bool OptionalFlag(JsonElement parent, string name, string? path)
        {
            if (!parent.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null) return false;
            if (value.ValueKind != JsonValueKind.True && value.ValueKind != JsonValueKind.False)
                throw new SessionFileException(path, $"{F.Defaults}.{name} must be true or false.");
            return value.GetBoolean();
        }

        private static void WriteIfGiven(Utf8JsonWriter writer, string name, string? value)
        {
            if (value != null) writer.WriteString(name, value);
        }
    }
}
