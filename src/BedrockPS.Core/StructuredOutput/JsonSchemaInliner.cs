using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace BedrockPS.Core.StructuredOutput
{
    /// <summary>
    /// Replaces every local $ref with the schema it names and drops $defs / definitions, so the schema reaches models
    /// that refuse those keywords (Amazon Nova answers "extraneous key [$defs] is not permitted"). Keywords beside a
    /// $ref are kept and win over the referenced schema's own (a local "description" overrides the shared one).
    /// A recursive reference cannot be inlined and is refused.
    /// </summary>
    public static class JsonSchemaInliner
    {
        private const int MaxInlinedDepth = 64;

        /// <summary>True when the schema holds a $ref, $defs or definitions anywhere.</summary>
        public static bool NeedsInlining(JsonElement schema)
        {
            switch (schema.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (JsonProperty property in schema.EnumerateObject())
                    {
                        if (property.Name == "$ref" || property.Name == "$defs" || property.Name == "definitions") return true;
                        if (NeedsInlining(property.Value)) return true;
                    }
                    return false;
                case JsonValueKind.Array:
                    foreach (JsonElement item in schema.EnumerateArray())
                    {
                        if (NeedsInlining(item)) return true;
                    }
                    return false;
                default:
                    return false;
            }
        }

        /// <summary>The schema with references inlined (the same element when there is nothing to inline).</summary>
        public static JsonElement Inline(JsonElement schema)
        {
            if (!NeedsInlining(schema)) return schema;
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                WriteSchema(writer, schema, schema, new List<string>(), "");
            }
            using JsonDocument document = JsonDocument.Parse(buffer.ToArray());
            return document.RootElement.Clone();
        }

        private static void WriteSchema(Utf8JsonWriter writer, JsonElement root, JsonElement schema, List<string> following, string at)
        {
            if (schema.ValueKind != JsonValueKind.Object)
            {
                schema.WriteTo(writer);
                return;
            }
            if (!schema.TryGetProperty("$ref", out JsonElement reference))
            {
                WriteKeywords(writer, root, schema, following, at, skip: null);
                return;
            }

            string target = reference.ValueKind == JsonValueKind.String ? reference.GetString()! : string.Empty;
            if (following.Contains(target) || target == "#")
            {
                throw JsonSchemaErrors.Invalid("the $ref '" + target + "' at '" + Where(at) + "' is recursive (a schema that contains itself); "
                    + "Bedrock structured output does not accept recursive schemas. Limit the nesting to a fixed depth instead.");
            }
            if (!JsonPointer.TryResolve(root, target, out JsonElement resolved))
            {
                throw JsonSchemaErrors.Invalid("the $ref '" + target + "' at '" + Where(at) + "' does not name a schema in this document (only local references such as #/$defs/Name can be used).");
            }
            if (following.Count >= MaxInlinedDepth)
            {
                throw JsonSchemaErrors.Invalid("the references at '" + Where(at) + "' nest more than " + MaxInlinedDepth + " levels deep.");
            }

            following.Add(target);
            if (resolved.ValueKind != JsonValueKind.Object)
            {
                if (CountKeywords(schema) > 1)
                {
                    throw JsonSchemaErrors.Invalid("the $ref '" + target + "' at '" + Where(at) + "' names a boolean schema and has other keywords beside it.");
                }
                WriteSchema(writer, root, resolved, following, at);
            }
            else
            {
                // Referenced keywords first, minus those the referring schema sets itself, then the referring schema's own.
                var own = new HashSet<string>(StringComparer.Ordinal);
                foreach (JsonProperty property in schema.EnumerateObject()) own.Add(property.Name);
                writer.WriteStartObject();
                WriteMembers(writer, root, resolved, following, at, skip: own);
                WriteMembers(writer, root, schema, following, at, skip: null);
                writer.WriteEndObject();
            }
            following.RemoveAt(following.Count - 1);
        }

        private static void WriteKeywords(Utf8JsonWriter writer, JsonElement root, JsonElement schema, List<string> following, string at, HashSet<string>? skip)
        {
            writer.WriteStartObject();
            WriteMembers(writer, root, schema, following, at, skip);
            writer.WriteEndObject();
        }

        private static void WriteMembers(Utf8JsonWriter writer, JsonElement root, JsonElement schema, List<string> following, string at, HashSet<string>? skip)
        {
            foreach (JsonProperty keyword in schema.EnumerateObject())
            {
                string name = keyword.Name;
                if (name == "$ref" || name == "$defs" || name == "definitions") continue;
                if (skip != null && skip.Contains(name)) continue;
                string here = JsonPointer.Append(at, name);
                writer.WritePropertyName(name);
                JsonElement value = keyword.Value;
                switch (name)
                {
                    case "properties":
                    case "patternProperties":
                    case "dependentSchemas":
                        if (value.ValueKind != JsonValueKind.Object) goto default;
                        writer.WriteStartObject();
                        foreach (JsonProperty property in value.EnumerateObject())
                        {
                            writer.WritePropertyName(property.Name);
                            WriteSchema(writer, root, property.Value, following, JsonPointer.Append(here, property.Name));
                        }
                        writer.WriteEndObject();
                        break;
                    case "items":
                    case "additionalProperties":
                    case "additionalItems":
                    case "not":
                    case "if":
                    case "then":
                    case "else":
                    case "contains":
                    case "propertyNames":
                        WriteSchema(writer, root, value, following, here);
                        break;
                    case "anyOf":
                    case "allOf":
                    case "oneOf":
                    case "prefixItems":
                        if (value.ValueKind != JsonValueKind.Array) goto default;
                        writer.WriteStartArray();
                        int index = 0;
                        foreach (JsonElement item in value.EnumerateArray())
                        {
                            WriteSchema(writer, root, item, following, JsonPointer.Append(here, index++));
                        }
                        writer.WriteEndArray();
                        break;
                    default:
                        value.WriteTo(writer);
                        break;
                }
            }
        }

        private static int CountKeywords(JsonElement schema)
        {
            int count = 0;
            foreach (JsonProperty unused in schema.EnumerateObject()) count++;
            return count;
        }

        private static string Where(string at) => at.Length == 0 ? "(root)" : at;
    }
}
