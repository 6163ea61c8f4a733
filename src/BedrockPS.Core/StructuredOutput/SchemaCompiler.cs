using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BedrockPS.Core.StructuredOutput
{
    /// <summary>
    /// Reads a JSON Schema once into <see cref="SchemaNode"/>s. Keywords outside the validated subset are ignored here
    /// (the <see cref="JsonSchemaPolicy"/> decides what may be sent); keywords that are present but malformed
    /// (a "type" that is no JSON type, a bad regex, an unresolvable $ref) are refused.
    /// </summary>
    internal sealed class SchemaCompiler
    {
        private readonly JsonElement root;
        private readonly Dictionary<string, SchemaNode> byReference = new Dictionary<string, SchemaNode>(StringComparer.Ordinal);

        private SchemaCompiler(JsonElement root)
        {
            this.root = root;
        }

        public static SchemaNode Compile(JsonElement schema)
        {
            var compiler = new SchemaCompiler(schema);
            var top = new SchemaNode();
            compiler.byReference["#"] = top;
            compiler.Fill(top, schema, "");
            return top;
        }

        /// <summary>Gives each required property a bit when all are declared and there are at most 64.</summary>
        private static void IndexRequired(SchemaNode node)
        {
            if (node.Required == null || node.Properties == null || node.Required.Length > 64) return;
            var bits = new Dictionary<string, ulong>(StringComparer.Ordinal);
            foreach (string name in node.Required)
            {
                if (!node.Properties.ContainsKey(name)) return;
                if (!bits.ContainsKey(name)) bits[name] = 1UL << bits.Count;
            }
            node.RequiredBits = bits;
            node.AllRequiredBits = bits.Count == 64 ? ulong.MaxValue : (1UL << bits.Count) - 1;
        }

        private SchemaNode CompileChild(JsonElement schema, string at)
        {
            var node = new SchemaNode();
            Fill(node, schema, at);
            return node;
        }

        private void Fill(SchemaNode node, JsonElement schema, string at)
        {
            if (schema.ValueKind == JsonValueKind.True) return;
            if (schema.ValueKind == JsonValueKind.False)
            {
                node.RejectsAll = true;
                return;
            }
            if (schema.ValueKind != JsonValueKind.Object)
            {
                throw JsonSchemaErrors.Invalid("the schema at '" + Where(at) + "' is " + JsonPointer.KindName(schema.ValueKind) + ", not an object.");
            }

            foreach (JsonProperty keyword in schema.EnumerateObject())
            {
                JsonElement value = keyword.Value;
                string here = JsonPointer.Append(at, keyword.Name);
                switch (keyword.Name)
                {
                    case "type":
                        node.Types = ReadTypes(value, here);
                        break;
                    case "properties":
                        RequireKind(value, JsonValueKind.Object, here);
                        node.Properties = new Dictionary<string, SchemaNode>(StringComparer.Ordinal);
                        foreach (JsonProperty property in value.EnumerateObject())
                        {
                            node.Properties[property.Name] = CompileChild(property.Value, JsonPointer.Append(here, property.Name));
                        }
                        break;
                    case "required":
                        RequireKind(value, JsonValueKind.Array, here);
                        node.Required = value.EnumerateArray().Select(name =>
                            name.ValueKind == JsonValueKind.String ? name.GetString()! : throw JsonSchemaErrors.Invalid("'" + here + "' must list property names as strings.")).ToArray();
                        break;
                    case "additionalProperties":
                        if (value.ValueKind == JsonValueKind.False) node.AdditionalPropertiesAllowed = false;
                        else if (value.ValueKind != JsonValueKind.True) node.AdditionalProperties = CompileChild(value, here);
                        break;
                    case "items":
                        node.Items = CompileChild(value, here);
                        break;
                    case "minItems":
                        node.MinItems = ReadCount(value, here);
                        break;
                    case "maxItems":
                        node.MaxItems = ReadCount(value, here);
                        break;
                    case "minLength":
                        node.MinLength = ReadCount(value, here);
                        break;
                    case "maxLength":
                        node.MaxLength = ReadCount(value, here);
                        break;
                    case "pattern":
                        RequireKind(value, JsonValueKind.String, here);
                        node.PatternText = value.GetString();
                        node.Pattern = ReadPattern(node.PatternText!, here);
                        break;
                    case "minimum":
                        node.Minimum = ReadNumber(value, here);
                        break;
                    case "maximum":
                        node.Maximum = ReadNumber(value, here);
                        break;
                    case "exclusiveMinimum":
                        node.ExclusiveMinimum = ReadNumber(value, here);
                        break;
                    case "exclusiveMaximum":
                        node.ExclusiveMaximum = ReadNumber(value, here);
                        break;
                    case "multipleOf":
                        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out decimal step) || step <= 0)
                        {
                            throw JsonSchemaErrors.Invalid("'" + here + "' must be a number greater than 0.");
                        }
                        node.MultipleOf = step;
                        break;
                    case "enum":
                        RequireKind(value, JsonValueKind.Array, here);
                        node.Enum = value.EnumerateArray().ToArray();
                        if (node.Enum.All(v => v.ValueKind == JsonValueKind.String))
                        {
                            node.StringEnum = new HashSet<string>(node.Enum.Select(v => v.GetString()!), StringComparer.Ordinal);
                        }
                        break;
                    case "const":
                        node.HasConst = true;
                        node.Const = value;
                        break;
                    case "anyOf":
                        node.AnyOf = ReadSchemaList(value, here);
                        break;
                    case "allOf":
                        node.AllOf = ReadSchemaList(value, here);
                        break;
                    case "oneOf":
                        node.OneOf = ReadSchemaList(value, here);
                        break;
                    case "$ref":
                        RequireKind(value, JsonValueKind.String, here);
                        node.Reference = Resolve(value.GetString()!, here);
                        break;
                }
            }
            IndexRequired(node);
        }

        private SchemaNode Resolve(string reference, string at)
        {
            if (byReference.TryGetValue(reference, out SchemaNode? known)) return known;
            if (!JsonPointer.TryResolve(root, reference, out JsonElement target))
            {
                throw JsonSchemaErrors.Invalid("the $ref '" + reference + "' at '" + Where(at) + "' does not name a schema in this document (only local references such as #/$defs/Name are followed).");
            }
            // Registered before filling, so a schema that refers to itself ends up pointing at its own node.
            var node = new SchemaNode();
            byReference[reference] = node;
            Fill(node, target, reference.Substring(1));
            return node;
        }

        private SchemaNode[] ReadSchemaList(JsonElement value, string at)
        {
            if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
            {
                throw JsonSchemaErrors.Invalid("'" + at + "' must be a non-empty array of schemas.");
            }
            var nodes = new SchemaNode[value.GetArrayLength()];
            int i = 0;
            foreach (JsonElement item in value.EnumerateArray())
            {
                nodes[i] = CompileChild(item, JsonPointer.Append(at, i));
                i++;
            }
            return nodes;
        }

        private static JsonTypeSet ReadTypes(JsonElement value, string at)
        {
            if (value.ValueKind == JsonValueKind.String)
            {
                return JsonTypeSets.TryParse(value.GetString()!, out JsonTypeSet single)
                    ? single
                    : throw JsonSchemaErrors.Invalid("'" + at + "' names the unknown type " + JsonPointer.Show(value) + " (use string, number, integer, boolean, object, array or null).");
            }
            if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0)
            {
                JsonTypeSet all = JsonTypeSet.None;
                foreach (JsonElement item in value.EnumerateArray()) all |= ReadTypes(item, at);
                return all;
            }
            throw JsonSchemaErrors.Invalid("'" + at + "' must be a type name or a non-empty array of type names.");
        }

        private static int ReadCount(JsonElement value, string at)
        {
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int count) && count >= 0) return count;
            throw JsonSchemaErrors.Invalid("'" + at + "' must be a whole number, 0 or more.");
        }

        private static double ReadNumber(JsonElement value, string at)
        {
            if (value.ValueKind == JsonValueKind.Number) return value.GetDouble();
            throw JsonSchemaErrors.Invalid("'" + at + "' must be a number.");
        }

        private static Regex ReadPattern(string pattern, string at)
        {
            try
            {
                // ECMAScript-flavoured patterns are a subset of .NET's; a timeout keeps a hostile pattern from hanging a batch.
                return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException e)
            {
                throw JsonSchemaErrors.Invalid("'" + at + "' is not a valid regular expression: " + e.Message);
            }
        }

        private static void RequireKind(JsonElement value, JsonValueKind kind, string at)
        {
            if (value.ValueKind != kind)
            {
                string expected = kind == JsonValueKind.Array ? "an array" : kind == JsonValueKind.Object ? "an object" : "a string";
                throw JsonSchemaErrors.Invalid("'" + at + "' must be " + expected + ".");
            }
        }

        private static string Where(string at) => at.Length == 0 ? "(root)" : at;
    }
}
