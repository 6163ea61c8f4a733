using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace BedrockPS.Emulator.Generation
{
    /// <summary>
    /// Builds a deterministic JSON value that validates against a JSON Schema, the way a model constrained to that
    /// schema would answer: strings are the prompt (cut or padded to the length limits, or a value of the asked
    /// format), numbers 1 moved into their range and onto their multipleOf, booleans true, enums and consts their
    /// first value, arrays minItems (at least one) items, objects their required properties (all when none is
    /// required). $ref to #/$defs, #/definitions or any JSON pointer of the root is followed; anyOf/oneOf take their
    /// first non-null branch; allOf is merged. The same schema and prompt always give the same value.
    /// </summary>
    internal static class SchemaInstanceGenerator
    {
        private const int MaxDepth = 24;

        public static JsonNode? Generate(JsonNode? schema, string prompt) => new Walk(schema, prompt).Value(schema, 0);

        private sealed class Walk
        {
            private readonly JsonNode? _root;
            private readonly string _prompt;
            // The position of the array item being built: strings of later items are numbered so uniqueItems holds.
            private int _item;

            public Walk(JsonNode? root, string prompt)
            {
                _root = root;
                _prompt = prompt.Length == 0 ? "answer" : prompt;
            }

            public JsonNode? Value(JsonNode? schema, int depth)
            {
                if (!(schema is JsonObject node) || depth > MaxDepth)
                {
                    return depth > MaxDepth ? null : JsonValue.Create(_prompt);
                }
                if (node["$ref"] is JsonValue reference && Resolve(reference.ToString()) is JsonObject target)
                {
                    return Value(target, depth + 1);
                }
                if (node.ContainsKey("const"))
                {
                    return node["const"]?.DeepClone();
                }
                if (node["enum"] is JsonArray choices && choices.Count > 0)
                {
                    return choices[0]?.DeepClone();
                }
                foreach (string key in new[] { "anyOf", "oneOf" })
                {
                    if (node[key] is JsonArray branches && branches.Count > 0)
                    {
                        JsonNode? branch = branches.FirstOrDefault(b => TypeOf(b as JsonObject) != "null") ?? branches[0];
                        return Value(branch, depth + 1);
                    }
                }
                if (node["allOf"] is JsonArray parts)
                {
                    return Value(Merge(node, parts), depth + 1);
                }
                switch (TypeOf(node))
                {
                    case "object": return ObjectValue(node, depth);
                    case "array": return ArrayValue(node, depth);
                    case "integer": return JsonValue.Create((long)NumberValue(node, integer: true));
                    case "number": return JsonValue.Create(NumberValue(node, integer: false));
                    case "boolean": return JsonValue.Create(true);
                    case "null": return null;
                    default: return JsonValue.Create(StringValue(node));
                }
            }

            private JsonObject ObjectValue(JsonObject node, int depth)
            {
                var result = new JsonObject();
                var properties = node["properties"] as JsonObject;
                var required = (node["required"] as JsonArray)?.Select(n => n?.ToString()).Where(n => n != null).ToList() ?? new List<string?>();
                foreach (var property in properties ?? new JsonObject())
                {
                    if (required.Count == 0 || required.Contains(property.Key))
                    {
                        result[property.Key] = Value(property.Value, depth + 1);
                    }
                }
                // A required name without a property schema still has to be present.
                foreach (string? name in required)
                {
                    if (name != null && !result.ContainsKey(name))
                    {
                        result[name] = node["additionalProperties"] is JsonObject extra ? Value(extra, depth + 1) : JsonValue.Create(_prompt);
                    }
                }
                return result;
            }

            private JsonArray ArrayValue(JsonObject node, int depth)
            {
                int count = Math.Max(1, Int(node["minItems"]) ?? 0);
                if (Int(node["maxItems"]) is int most)
                {
                    count = Math.Min(count, most);
                }
                var items = new JsonArray();
                var prefix = node["prefixItems"] as JsonArray;
                for (int i = 0; i < count; i++)
                {
                    JsonNode? itemSchema = prefix != null && i < prefix.Count ? prefix[i] : node["items"];
                    int outer = _item;
                    _item = i;
                    items.Add(Value(itemSchema, depth + 1));
                    _item = outer;
                }
                return items;
            }

            private double NumberValue(JsonObject node, bool integer)
            {
                double? low = Number(node["minimum"]);
                double? high = Number(node["maximum"]);
                double step = integer ? 1 : 0.5;
                if (Number(node["exclusiveMinimum"]) is double exclusiveLow)
                {
                    low = Math.Max(low ?? double.MinValue, exclusiveLow + step);
                }
                if (Number(node["exclusiveMaximum"]) is double exclusiveHigh)
                {
                    high = Math.Min(high ?? double.MaxValue, exclusiveHigh - step);
                }
                double value = 1;
                if (low.HasValue && value < low.Value)
                {
                    value = integer ? Math.Ceiling(low.Value) : low.Value;
                }
                if (high.HasValue && value > high.Value)
                {
                    value = integer ? Math.Floor(high.Value) : high.Value;
                }
                if (Number(node["multipleOf"]) is double multiple && multiple > 0)
                {
                    double up = Math.Ceiling(value / multiple) * multiple;
                    value = !high.HasValue || up <= high.Value ? up : Math.Floor(value / multiple) * multiple;
                }
                return value;
            }

            private string StringValue(JsonObject node)
            {
                string text;
                switch (node["format"]?.ToString())
                {
                    case "date": text = "2024-01-15"; break;
                    case "date-time": text = "2024-01-15T10:30:00Z"; break;
                    case "time": text = "10:30:00"; break;
                    case "email": text = "user@example.com"; break;
                    case "uri": text = "https://example.com/" + Slug(); break;
                    case "uuid": text = Uuid(); break;
                    default: text = _item > 0 ? (_item + 1).ToString(CultureInfo.InvariantCulture) + " " + _prompt : _prompt; break;
                }
                if (Int(node["maxLength"]) is int longest && text.Length > longest)
                {
                    text = text.Substring(0, longest);
                }
                if (Int(node["minLength"]) is int shortest && text.Length < shortest)
                {
                    text = text.PadRight(shortest, '.');
                }
                return text;
            }

            private JsonNode? Resolve(string reference)
            {
                if (!reference.StartsWith("#", StringComparison.Ordinal))
                {
                    return null;
                }
                JsonNode? current = _root;
                foreach (string segment in reference.Substring(1).Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    string key = Uri.UnescapeDataString(segment).Replace("~1", "/").Replace("~0", "~");
                    current = current is JsonObject obj ? obj[key] : current is JsonArray array && int.TryParse(key, out int i) && i < array.Count ? array[i] : null;
                }
                return current;
            }

            private static JsonObject Merge(JsonObject node, JsonArray parts)
            {
                var merged = new JsonObject();
                var properties = new JsonObject();
                var required = new JsonArray();
                foreach (var part in parts.OfType<JsonObject>().Append(node))
                {
                    foreach (var member in part)
                    {
                        if (member.Key == "properties" && member.Value is JsonObject props)
                        {
                            foreach (var p in props)
                            {
                                properties[p.Key] = p.Value?.DeepClone();
                            }
                        }
                        else if (member.Key == "required" && member.Value is JsonArray names)
                        {
                            foreach (var n in names)
                            {
                                required.Add(n?.DeepClone());
                            }
                        }
                        else if (member.Key != "allOf")
                        {
                            merged[member.Key] = member.Value?.DeepClone();
                        }
                    }
                }
                merged["type"] ??= properties.Count > 0 ? "object" : null;
                if (properties.Count > 0)
                {
                    merged["properties"] = properties;
                }
                if (required.Count > 0)
                {
                    merged["required"] = required;
                }
                return merged;
            }

            private string Slug() => new string(_prompt.ToLowerInvariant().Where(char.IsLetterOrDigit).Take(24).ToArray()) is string s && s.Length > 0 ? s : "answer";

            private string Uuid()
            {
                string id = ReplyGenerator.DeriveId(string.Empty, _prompt, 32);
                var hex = new StringBuilder();
                foreach (char c in id)
                {
                    hex.Append(((c * 7) % 16).ToString("x", CultureInfo.InvariantCulture));
                }
                string h = hex.ToString().PadRight(32, '0');
                return h.Substring(0, 8) + "-" + h.Substring(8, 4) + "-4" + h.Substring(13, 3) + "-8" + h.Substring(17, 3) + "-" + h.Substring(20, 12);
            }
        }

        /// <summary>The schema's type; the first non-null one of a type list; inferred from its keywords when absent.</summary>
        internal static string? TypeOf(JsonObject? node)
        {
            if (node == null)
            {
                return null;
            }
            if (node["type"] is JsonArray types)
            {
                return types.Select(t => t?.ToString()).FirstOrDefault(t => t != "null") ?? "null";
            }
            if (node["type"] is JsonValue type)
            {
                return type.ToString();
            }
            if (node["properties"] != null || node["required"] != null)
            {
                return "object";
            }
            return node["items"] != null ? "array" : null;
        }

        private static double? Number(JsonNode? node) => node is JsonValue v && v.TryGetValue(out double d) ? d : (double?)null;

        private static int? Int(JsonNode? node) => Number(node) is double d ? (int)d : (int?)null;
    }
}
