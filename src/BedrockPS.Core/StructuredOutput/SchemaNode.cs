using System.Collections.Generic;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BedrockPS.Core.StructuredOutput
{
    /// <summary>
    /// One schema, compiled: keywords read once into fields so validating a row never looks at schema JSON again.
    /// Built by <see cref="SchemaCompiler"/>; a $ref becomes a pointer to the node it names (recursion is fine here).
    /// </summary>
    internal sealed class SchemaNode
    {
        /// <summary>The boolean schema false (or "not anything"): every value fails.</summary>
        public bool RejectsAll;

        /// <summary>None when the schema does not say "type".</summary>
        public JsonTypeSet Types;

        public Dictionary<string, SchemaNode>? Properties;

        public string[]? Required;

        /// <summary>A bit per required property that is also declared (up to 64), to tick them off in one pass.</summary>
        public Dictionary<string, ulong>? RequiredBits;

        public ulong AllRequiredBits;

        public bool AdditionalPropertiesAllowed = true;

        public SchemaNode? AdditionalProperties;

        public SchemaNode? Items;

        public int? MinItems;

        public int? MaxItems;

        public int? MinLength;

        public int? MaxLength;

        public Regex? Pattern;

        public string? PatternText;

        public double? Minimum;

        public double? Maximum;

        public double? ExclusiveMinimum;

        public double? ExclusiveMaximum;

        public decimal? MultipleOf;

        public JsonElement[]? Enum;

        /// <summary>The enum when every value is a string: a set lookup instead of a scan.</summary>
        public HashSet<string>? StringEnum;

        public bool HasConst;

        public JsonElement Const;

        public SchemaNode[]? AnyOf;

        public SchemaNode[]? AllOf;

        public SchemaNode[]? OneOf;

        public SchemaNode? Reference;
    }
}
