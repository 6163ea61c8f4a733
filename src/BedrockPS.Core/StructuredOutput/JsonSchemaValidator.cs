using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BedrockPS.Core.StructuredOutput
{
    /// <summary>
    /// Checks answers against one JSON Schema. Compile once (<see cref="Compile"/>), then call <see cref="Validate"/>
    /// per answer: the schema is never re-read, and a valid answer allocates nothing but the empty result.
    /// Covers the subset structured output uses: type (and type arrays), properties, required, additionalProperties
    /// (false or a schema), enum, const, items, minItems/maxItems, minimum/maximum/exclusiveMinimum/exclusiveMaximum,
    /// multipleOf, minLength/maxLength, pattern, anyOf/allOf/oneOf and local $ref (#/$defs/..., #/definitions/...).
    /// Other keywords (format, annotations) are not asserted. Thread-safe: one instance may serve parallel rows.
    /// </summary>
    public sealed class JsonSchemaValidator
    {
        private static readonly IReadOnlyList<JsonSchemaFinding> None = Array.Empty<JsonSchemaFinding>();

        // Array indexes go on the path stack as objects; boxing the common ones once keeps valid answers allocation-light.
        private static readonly object[] BoxedIndexes = CreateBoxedIndexes(256);
        private readonly SchemaNode root;

        private JsonSchemaValidator(JsonElement schema, SchemaNode root)
        {
            Schema = schema;
            this.root = root;
        }

        /// <summary>The schema this validator was compiled from.</summary>
        public JsonElement Schema { get; }

        /// <summary>Reads the schema once; throws BedrockServiceException (InvalidJsonSchema) when it is malformed.</summary>
        public static JsonSchemaValidator Compile(JsonElement schema)
        {
            JsonElement owned = schema.Clone();
            return new JsonSchemaValidator(owned, SchemaCompiler.Compile(owned));
        }

        /// <summary>What is wrong with the answer, at most <paramref name="maxFindings"/> items; empty when it is valid.</summary>
        public IReadOnlyList<JsonSchemaFinding> Validate(JsonElement answer, int maxFindings = 20)
        {
            var run = new Run(Math.Max(1, maxFindings));
            run.Check(root, answer);
            return run.Findings ?? None;
        }

        /// <summary>True when the answer satisfies the schema; stops at the first finding.</summary>
        /// <param name="answer">The answer's JSON.</param>
        public bool IsValid(JsonElement answer) => Validate(answer, 1).Count == 0;

        private static object[] CreateBoxedIndexes(int count)
        {
            var boxed = new object[count];
            for (int i = 0; i < count; i++) boxed[i] = i;
            return boxed;
        }

        /// <summary>
        /// One validation pass. The path is a stack of property names and indexes, turned into a JSON pointer only
        /// where a finding is made, so a valid answer costs no string building.
        /// </summary>
        private sealed class Run
        {
            private readonly int limit;
            private readonly List<object> segments;

            public Run(int limit, List<object>? segments = null)
            {
                this.limit = limit;
                this.segments = segments ?? new List<object>(8);
            }

            public List<JsonSchemaFinding>? Findings;

            private bool Full => Findings != null && Findings.Count >= limit;

            private void Add(string message) => Add(null, message);

            private void Add(string? child, string message)
            {
                if (Full) return;
                var path = new StringBuilder();
                foreach (object segment in segments)
                {
                    path.Append('/').Append(segment is string name ? JsonPointer.Escape(name) : ((int)segment).ToString(CultureInfo.InvariantCulture));
                }
                if (child != null) path.Append('/').Append(JsonPointer.Escape(child));
                (Findings ??= new List<JsonSchemaFinding>()).Add(new JsonSchemaFinding(path.ToString(), message));
            }

            private void CheckChild(SchemaNode node, JsonElement value, object segment)
            {
                segments.Add(segment);
                Check(node, value);
                segments.RemoveAt(segments.Count - 1);
            }

            public void Check(SchemaNode node, JsonElement value)
            {
                if (Full) return;
                if (node.RejectsAll)
                {
                    Add("no value is allowed here.");
                    return;
                }
                if (node.Reference != null) Check(node.Reference, value);
                if (node.Types != JsonTypeSet.None && !JsonTypeSets.Admits(node.Types, value))
                {
                    Add("expected " + JsonTypeSets.Describe(node.Types) + ", got " + JsonPointer.KindName(value.ValueKind)
                        + (value.ValueKind == JsonValueKind.Object || value.ValueKind == JsonValueKind.Array ? "." : " " + JsonPointer.Show(value) + "."));
                    return;
                }
                if (node.StringEnum != null)
                {
                    if (value.ValueKind != JsonValueKind.String || !node.StringEnum.Contains(value.GetString()!)) NotInEnum(node, value);
                }
                else if (node.Enum != null && !InEnum(node.Enum, value))
                {
                    NotInEnum(node, value);
                }
                if (node.HasConst && !JsonValueEquality.AreEqual(node.Const, value))
                {
                    Add("must be exactly " + JsonPointer.Show(node.Const) + ", got " + JsonPointer.Show(value) + ".");
                }
                switch (value.ValueKind)
                {
                    case JsonValueKind.Object:
                        CheckObject(node, value);
                        break;
                    case JsonValueKind.Array:
                        CheckArray(node, value);
                        break;
                    case JsonValueKind.String:
                        CheckString(node, value);
                        break;
                    case JsonValueKind.Number:
                        CheckNumber(node, value);
                        break;
                }
                if (node.AllOf != null)
                {
                    foreach (SchemaNode part in node.AllOf) Check(part, value);
                }
                if (node.AnyOf != null) CheckAlternatives(node.AnyOf, value, exactlyOne: false);
                if (node.OneOf != null) CheckAlternatives(node.OneOf, value, exactlyOne: true);
            }

            private void CheckObject(SchemaNode node, JsonElement value)
            {
                ulong present = 0;
                if (node.Properties != null || !node.AdditionalPropertiesAllowed || node.AdditionalProperties != null)
                {
                    foreach (JsonProperty property in value.EnumerateObject())
                    {
                        string name = property.Name;
                        if (node.Properties != null && node.Properties.TryGetValue(name, out SchemaNode? child))
                        {
                            if (node.RequiredBits != null && node.RequiredBits.TryGetValue(name, out ulong bit)) present |= bit;
                            CheckChild(child, property.Value, name);
                        }
                        else if (!node.AdditionalPropertiesAllowed)
                        {
                            Add(name, "the property \"" + name + "\" is not in the schema; leave it out"
                                + (node.Properties != null && node.Properties.Count > 0 ? " (allowed: " + string.Join(", ", node.Properties.Keys) + ")." : "."));
                        }
                        else if (node.AdditionalProperties != null)
                        {
                            CheckChild(node.AdditionalProperties, property.Value, name);
                        }
                    }
                }
                if (node.Required == null) return;
                // Declared required properties are ticked off while enumerating; only a miss needs the slow look-up.
                if (node.RequiredBits != null && present == node.AllRequiredBits) return;
                foreach (string name in node.Required)
                {
                    if (!value.TryGetProperty(name, out _)) Add("the required property \"" + name + "\" is missing.");
                }
            }

            private void CheckArray(SchemaNode node, JsonElement value)
            {
                int count = value.GetArrayLength();
                if (node.MinItems.HasValue && count < node.MinItems.Value) Add("has " + count + " items; at least " + node.MinItems.Value + " are required.");
                if (node.MaxItems.HasValue && count > node.MaxItems.Value) Add("has " + count + " items; at most " + node.MaxItems.Value + " are allowed.");
                if (node.Items == null) return;
                int index = 0;
                foreach (JsonElement item in value.EnumerateArray())
                {
                    CheckChild(node.Items, item, index < BoxedIndexes.Length ? BoxedIndexes[index] : index);
                    index++;
                    if (Full) return;
                }
            }

            private void CheckString(SchemaNode node, JsonElement value)
            {
                if (node.MinLength == null && node.MaxLength == null && node.Pattern == null) return;
                string text = value.GetString()!;
                if (node.MinLength.HasValue || node.MaxLength.HasValue)
                {
                    int length = CodePoints(text);
                    if (node.MinLength.HasValue && length < node.MinLength.Value) Add("is " + length + " characters long; at least " + node.MinLength.Value + " are required.");
                    if (node.MaxLength.HasValue && length > node.MaxLength.Value) Add("is " + length + " characters long; at most " + node.MaxLength.Value + " are allowed.");
                }
                if (node.Pattern != null)
                {
                    bool matches;
                    try
                    {
                        matches = node.Pattern.IsMatch(text);
                    }
                    catch (RegexMatchTimeoutException)
                    {
                        matches = false;
                    }
                    if (!matches) Add(JsonPointer.Show(value) + " does not match the pattern " + node.PatternText + ".");
                }
            }

            private void CheckNumber(SchemaNode node, JsonElement value)
            {
                if (node.Minimum == null && node.Maximum == null && node.ExclusiveMinimum == null && node.ExclusiveMaximum == null && node.MultipleOf == null) return;
                double number = value.GetDouble();
                string shown = value.GetRawText();
                if (node.Minimum.HasValue && number < node.Minimum.Value) Add(shown + " is less than the minimum " + Show(node.Minimum.Value) + ".");
                if (node.Maximum.HasValue && number > node.Maximum.Value) Add(shown + " is greater than the maximum " + Show(node.Maximum.Value) + ".");
                if (node.ExclusiveMinimum.HasValue && number <= node.ExclusiveMinimum.Value) Add(shown + " must be greater than " + Show(node.ExclusiveMinimum.Value) + ".");
                if (node.ExclusiveMaximum.HasValue && number >= node.ExclusiveMaximum.Value) Add(shown + " must be less than " + Show(node.ExclusiveMaximum.Value) + ".");
                if (node.MultipleOf.HasValue)
                {
                    bool whole = value.TryGetDecimal(out decimal exact)
                        ? exact % node.MultipleOf.Value == 0
                        : Math.Abs(Math.IEEERemainder(number, (double)node.MultipleOf.Value)) < 1e-9;
                    if (!whole) Add(shown + " is not a multiple of " + node.MultipleOf.Value.ToString(CultureInfo.InvariantCulture) + ".");
                }
            }

            private void CheckAlternatives(SchemaNode[] alternatives, JsonElement value, bool exactlyOne)
            {
                int matched = 0;
                List<JsonSchemaFinding>? closest = null;
                foreach (SchemaNode alternative in alternatives)
                {
                    var trial = new Run(limit, segments);
                    trial.Check(alternative, value);
                    if (trial.Findings == null)
                    {
                        matched++;
                        if (!exactlyOne) return;
                    }
                    else if (closest == null || trial.Findings.Count < closest.Count)
                    {
                        closest = trial.Findings;
                    }
                }
                if (matched == 1 || (matched > 1 && !exactlyOne)) return;
                if (matched > 1)
                {
                    Add("matches " + matched + " of the oneOf alternatives; it must match exactly one.");
                    return;
                }
                string detail = closest != null && closest.Count > 0 ? " The closest one says: " + closest[0].ToString() : string.Empty;
                Add("matches none of the " + alternatives.Length + " allowed alternatives." + detail);
            }

            private void NotInEnum(SchemaNode node, JsonElement value)
            {
                Add(JsonPointer.Show(value) + " is not one of the allowed values: " + JsonPointer.JoinShown(node.Enum!) + ".");
            }

            private static bool InEnum(JsonElement[] allowed, JsonElement value)
            {
                foreach (JsonElement candidate in allowed)
                {
                    if (JsonValueEquality.AreEqual(candidate, value)) return true;
                }
                return false;
            }

            private static int CodePoints(string text)
            {
                int length = text.Length;
                foreach (char c in text)
                {
                    if (char.IsLowSurrogate(c)) length--;
                }
                return length;
            }

            private static string Show(double bound) => bound.ToString("R", CultureInfo.InvariantCulture);
        }
    }
}
