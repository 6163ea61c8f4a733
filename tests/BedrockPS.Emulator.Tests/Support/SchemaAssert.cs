using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Xunit;

namespace BedrockPS.Emulator.Tests.Support
{
    /// <summary>
    /// An independent check that a JSON value satisfies a JSON Schema (the keywords the emulator claims to honour:
    /// type, enum, const, required, properties, additionalProperties, items, minItems, maxItems, minimum, maximum,
    /// exclusiveMinimum, exclusiveMaximum, multipleOf, minLength, maxLength, $ref, anyOf). Written apart from the
    /// emulator's generator so each checks the other.
    /// </summary>
    internal static class SchemaAssert
    {
        public static void Valid(JsonNode schema, JsonNode? value)
        {
            var problems = Problems(schema, value);
            Assert.True(problems.Count == 0, "Not valid: " + string.Join("; ", problems) + "\nValue: " + (value?.ToJsonString() ?? "null"));
        }

        public static List<string> Problems(JsonNode schema, JsonNode? value)
        {
            var problems = new List<string>();
            Check(schema, schema, value, "$", problems);
            return problems;
        }

        private static void Check(JsonNode root, JsonNode? schemaNode, JsonNode? value, string path, List<string> problems)
        {
            if (!(schemaNode is JsonObject schema))
            {
                return;
            }
            if (schema["$ref"] is JsonValue reference)
            {
                JsonNode? target = root;
                foreach (string part in reference.GetValue<string>().TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
                {
                    target = target?[part];
                }
                Check(root, target, value, path, problems);
                return;
            }
            if (schema["anyOf"] is JsonArray branches)
            {
                if (!branches.Any(b => Problems2(root, b, value).Count == 0))
                {
                    problems.Add(path + ": matches no anyOf branch");
                }
                return;
            }
            if (schema["enum"] is JsonArray choices && !choices.Any(c => JsonNode.DeepEquals(c, value)))
            {
                problems.Add(path + ": not one of the enum values");
            }
            if (schema.ContainsKey("const") && !JsonNode.DeepEquals(schema["const"], value))
            {
                problems.Add(path + ": not the const value");
            }
            var types = schema["type"] is JsonArray list ? list.Select(t => t!.GetValue<string>()).ToList()
                : schema["type"] is JsonValue one ? new List<string> { one.GetValue<string>() } : new List<string>();
            if (types.Count > 0 && !types.Any(t => Is(t, value)))
            {
                problems.Add(path + ": not of type " + string.Join("|", types));
                return;
            }
            switch (value)
            {
                case JsonObject obj:
                    foreach (var name in (schema["required"] as JsonArray ?? new JsonArray()).Select(n => n!.GetValue<string>()))
                    {
                        if (!obj.ContainsKey(name))
                        {
                            problems.Add(path + ": required property " + name + " is missing");
                        }
                    }
                    var properties = schema["properties"] as JsonObject ?? new JsonObject();
                    foreach (var member in obj)
                    {
                        if (properties.ContainsKey(member.Key))
                        {
                            Check(root, properties[member.Key], member.Value, path + "." + member.Key, problems);
                        }
                        else if (schema["additionalProperties"] is JsonValue extra && !extra.GetValue<bool>())
                        {
                            problems.Add(path + ": property " + member.Key + " is not allowed");
                        }
                    }
                    break;
                case JsonArray array:
                    if (schema["minItems"] is JsonValue minItems && array.Count < minItems.GetValue<int>())
                    {
                        problems.Add(path + ": fewer items than minItems");
                    }
                    if (schema["maxItems"] is JsonValue maxItems && array.Count > maxItems.GetValue<int>())
                    {
                        problems.Add(path + ": more items than maxItems");
                    }
                    for (int i = 0; i < array.Count; i++)
                    {
                        Check(root, schema["items"], array[i], path + "[" + i + "]", problems);
                    }
                    break;
                case JsonValue scalar when scalar.TryGetValue(out double number):
                    if (schema["minimum"] is JsonValue min && number < min.GetValue<double>()) problems.Add(path + ": below minimum");
                    if (schema["maximum"] is JsonValue max && number > max.GetValue<double>()) problems.Add(path + ": above maximum");
                    if (schema["exclusiveMinimum"] is JsonValue emin && number <= emin.GetValue<double>()) problems.Add(path + ": not above exclusiveMinimum");
                    if (schema["exclusiveMaximum"] is JsonValue emax && number >= emax.GetValue<double>()) problems.Add(path + ": not below exclusiveMaximum");
                    if (schema["multipleOf"] is JsonValue step && Math.Abs(Math.IEEERemainder(number, step.GetValue<double>())) > 1e-9) problems.Add(path + ": not a multiple");
                    break;
                case JsonValue text when text.TryGetValue(out string? s):
                    if (schema["minLength"] is JsonValue minLength && s!.Length < minLength.GetValue<int>()) problems.Add(path + ": shorter than minLength");
                    if (schema["maxLength"] is JsonValue maxLength && s!.Length > maxLength.GetValue<int>()) problems.Add(path + ": longer than maxLength");
                    break;
            }
        }

        private static List<string> Problems2(JsonNode root, JsonNode? schema, JsonNode? value)
        {
            var problems = new List<string>();
            Check(root, schema, value, "$", problems);
            return problems;
        }

        private static bool Is(string type, JsonNode? value) => type switch
        {
            "null" => value == null,
            "object" => value is JsonObject,
            "array" => value is JsonArray,
            "string" => value is JsonValue v && v.TryGetValue(out string? _),
            "boolean" => value is JsonValue b && b.TryGetValue(out bool _),
            "number" => value is JsonValue n && n.TryGetValue(out double _),
            "integer" => value is JsonValue i && i.TryGetValue(out double d) && d == Math.Floor(d),
            _ => true,
        };
    }
}
