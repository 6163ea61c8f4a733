using System.Collections.Generic;
using System.Text.Json;

namespace BedrockPS.Core.StructuredOutput
{
    /// <summary>One pass of <see cref="JsonSchemaPolicy"/> over an inlined schema: keyword by keyword, with the totals.</summary>
    internal sealed class PolicyWalk
    {
        private readonly JsonSchemaPolicy policy;
        private readonly List<string> problems;
        private int properties;
        private int optionalProperties;
        private int unionProperties;
        private int enumValues;
        private bool tooDeepReported;

        public PolicyWalk(JsonSchemaPolicy policy, List<string> problems)
        {
            this.policy = policy;
            this.problems = problems;
        }

        public void Visit(JsonElement schema, string at, int depth)
        {
            if (schema.ValueKind == JsonValueKind.True || schema.ValueKind == JsonValueKind.False)
            {
                Problem(at, "boolean schemas (true / false) are not accepted; describe the value with \"type\".");
                return;
            }
            if (schema.ValueKind != JsonValueKind.Object)
            {
                Problem(at, "a schema must be a JSON object, not " + JsonPointer.KindName(schema.ValueKind) + ".");
                return;
            }
            if (depth > policy.MaxDepth && !tooDeepReported)
            {
                tooDeepReported = true;
                Problem(at, "the schema nests more than " + policy.MaxDepth + " levels of objects and arrays.");
            }

            bool isUnion = false;
            foreach (JsonProperty keyword in schema.EnumerateObject())
            {
                string name = keyword.Name;
                JsonElement value = keyword.Value;
                string here = JsonPointer.Append(at, name);
                if (JsonSchemaPolicy.IsAnnotation(name) || JsonSchemaPolicy.IsLocalConstraint(name)) continue;
                if (!JsonSchemaPolicy.IsStructural(name))
                {
                    Problem(at, "the keyword \"" + name + "\" is not supported by Bedrock structured output" + Hint(name));
                    continue;
                }
                switch (name)
                {
                    case "type":
                        if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 1) isUnion = true;
                        break;
                    case "properties":
                        if (value.ValueKind != JsonValueKind.Object)
                        {
                            Problem(here, "\"properties\" must be an object.");
                            break;
                        }
                        HashSet<string> required = RequiredNames(schema);
                        foreach (JsonProperty property in value.EnumerateObject())
                        {
                            properties++;
                            if (!required.Contains(property.Name)) optionalProperties++;
                            if (IsUnion(property.Value)) unionProperties++;
                            Visit(property.Value, JsonPointer.Append(here, property.Name), depth + 1);
                        }
                        break;
                    case "required":
                        CheckRequired(schema, value, here);
                        break;
                    case "additionalProperties":
                        if (value.ValueKind != JsonValueKind.False)
                        {
                            Problem(here, "\"additionalProperties\" must be false or left out (BedrockPS then adds false); open objects are not accepted.");
                        }
                        break;
                    case "items":
                        if (value.ValueKind == JsonValueKind.Array) Problem(here, "\"items\" must be one schema (tuples are not accepted).");
                        else Visit(value, here, depth + 1);
                        break;
                    case "enum":
                        CheckEnum(value, here);
                        break;
                    case "anyOf":
                    case "allOf":
                        if (name == "anyOf") isUnion = true;
                        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
                        {
                            Problem(here, "\"" + name + "\" must be a non-empty array of schemas.");
                            break;
                        }
                        int index = 0;
                        foreach (JsonElement alternative in value.EnumerateArray()) Visit(alternative, JsonPointer.Append(here, index++), depth);
                        break;
                    case "format":
                        if (value.ValueKind != JsonValueKind.String || !((HashSet<string>)JsonSchemaPolicy.SupportedFormats).Contains(value.GetString()!))
                        {
                            Problem(here, "the format " + JsonPointer.Show(value) + " is not supported (use one of " + string.Join(", ", JsonSchemaPolicy.SupportedFormats) + ").");
                        }
                        break;
                    case "pattern":
                        CheckPattern(value, here);
                        break;
                }
            }
            if (at.Length == 0 && isUnion) unionProperties++;
        }

        public void CheckTotals()
        {
            if (properties > policy.MaxProperties)
            {
                problems.Add("the schema has " + properties + " properties in all; at most " + policy.MaxProperties + " are accepted.");
            }
            if (optionalProperties > policy.MaxOptionalProperties)
            {
                problems.Add("the schema has " + optionalProperties + " optional properties (not in \"required\"); at most " + policy.MaxOptionalProperties
                    + " are accepted. List more properties in \"required\" (use a type like [\"string\",\"null\"] for values that may be absent).");
            }
            if (unionProperties > policy.MaxUnionProperties)
            {
                problems.Add("the schema has " + unionProperties + " properties with a union type (anyOf or a type array); at most " + policy.MaxUnionProperties + " are accepted.");
            }
            if (enumValues > policy.MaxEnumValues)
            {
                problems.Add("the schema's enums hold " + enumValues + " values in all; at most " + policy.MaxEnumValues + " are accepted.");
            }
        }

        private static bool IsUnion(JsonElement schema)
        {
            if (schema.ValueKind != JsonValueKind.Object) return false;
            if (schema.TryGetProperty("anyOf", out _)) return true;
            return schema.TryGetProperty("type", out JsonElement type) && type.ValueKind == JsonValueKind.Array && type.GetArrayLength() > 1;
        }

        private static HashSet<string> RequiredNames(JsonElement schema)
        {
            var names = new HashSet<string>(System.StringComparer.Ordinal);
            if (schema.TryGetProperty("required", out JsonElement required) && required.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement name in required.EnumerateArray())
                {
                    if (name.ValueKind == JsonValueKind.String) names.Add(name.GetString()!);
                }
            }
            return names;
        }

        private void CheckRequired(JsonElement schema, JsonElement value, string at)
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                Problem(at, "\"required\" must be an array of property names.");
                return;
            }
            bool hasProperties = schema.TryGetProperty("properties", out JsonElement declared) && declared.ValueKind == JsonValueKind.Object;
            foreach (JsonElement name in value.EnumerateArray())
            {
                if (name.ValueKind != JsonValueKind.String) Problem(at, "\"required\" must list names as strings.");
                else if (!hasProperties || !declared.TryGetProperty(name.GetString()!, out _))
                {
                    Problem(at, "\"" + name.GetString() + "\" is required but not declared in \"properties\".");
                }
            }
        }

        private void CheckEnum(JsonElement value, string at)
        {
            if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
            {
                Problem(at, "\"enum\" must be a non-empty array.");
                return;
            }
            foreach (JsonElement item in value.EnumerateArray())
            {
                enumValues++;
                if (item.ValueKind == JsonValueKind.Object || item.ValueKind == JsonValueKind.Array)
                {
                    Problem(at, "enum values must be strings, numbers, booleans or null (objects and arrays are not accepted).");
                    return;
                }
            }
        }

        private void CheckPattern(JsonElement value, string at)
        {
            string pattern = value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
            if (pattern.Contains("(?=") || pattern.Contains("(?!") || pattern.Contains("(?<=") || pattern.Contains("(?<!"))
            {
                Problem(at, "the pattern uses lookahead or lookbehind, which is not supported.");
            }
            if (pattern.Contains("\\b") || pattern.Contains("\\B"))
            {
                Problem(at, "the pattern uses a word boundary (\\b or \\B), which is not supported.");
            }
            for (int i = 0; i + 1 < pattern.Length; i++)
            {
                if (pattern[i] == '\\' && pattern[i + 1] >= '1' && pattern[i + 1] <= '9')
                {
                    Problem(at, "the pattern uses a backreference, which is not supported.");
                    break;
                }
                if (pattern[i] == '\\') i++;
            }
        }

        private static string Hint(string keyword)
        {
            switch (keyword)
            {
                case "oneOf": return "; use \"anyOf\".";
                case "nullable": return "; use a type array such as [\"string\", \"null\"].";
                case "if":
                case "then":
                case "else":
                case "not":
                case "dependentRequired":
                case "dependentSchemas":
                    return "; conditional schemas cannot be enforced while the answer is generated.";
                case "patternProperties":
                case "propertyNames":
                case "minProperties":
                case "maxProperties":
                case "unevaluatedProperties":
                    return "; declare each property under \"properties\".";
                default:
                    return ".";
            }
        }

        private void Problem(string at, string message) => problems.Add((at.Length == 0 ? "(root)" : at) + ": " + message);
    }
}
