using System;
using System.Collections.Generic;
using System.Text.Json;

namespace BedrockPS.Core.StructuredOutput
{
    /// <summary>The JSON Schema "type" keyword as flags, so a type array (["string","null"]) costs one AND to check.</summary>
    [Flags]
    internal enum JsonTypeSet
    {
        None = 0,
        Null = 1,
        Boolean = 2,
        Object = 4,
        Array = 8,
        Number = 16,
        Integer = 32,
        String = 64,
    }

    internal static class JsonTypeSets
    {
        private static readonly string[] Names = { "null", "boolean", "object", "array", "number", "integer", "string" };

        public static bool TryParse(string name, out JsonTypeSet type)
        {
            int index = Array.IndexOf(Names, name);
            type = index < 0 ? JsonTypeSet.None : (JsonTypeSet)(1 << index);
            return index >= 0;
        }

        public static string Describe(JsonTypeSet types)
        {
            var names = new List<string>();
            for (int i = 0; i < Names.Length; i++)
            {
                if ((types & (JsonTypeSet)(1 << i)) != 0) names.Add(Names[i]);
            }
            return names.Count == 1 ? names[0] : string.Join(" or ", names);
        }

        /// <summary>Whether a value of this kind fits: integers are numbers without a fraction (1.0 counts, as the spec says).</summary>
        public static bool Admits(JsonTypeSet types, JsonElement value)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String: return (types & JsonTypeSet.String) != 0;
                case JsonValueKind.Object: return (types & JsonTypeSet.Object) != 0;
                case JsonValueKind.Array: return (types & JsonTypeSet.Array) != 0;
                case JsonValueKind.True:
                case JsonValueKind.False: return (types & JsonTypeSet.Boolean) != 0;
                case JsonValueKind.Null: return (types & JsonTypeSet.Null) != 0;
                case JsonValueKind.Number:
                    if ((types & JsonTypeSet.Number) != 0) return true;
                    return (types & JsonTypeSet.Integer) != 0 && IsInteger(value);
                default: return false;
            }
        }

        public static bool IsInteger(JsonElement number)
        {
            if (number.TryGetInt64(out _)) return true;
            if (number.TryGetDecimal(out decimal exact)) return decimal.Truncate(exact) == exact;
            double approximate = number.GetDouble();
            return !double.IsInfinity(approximate) && Math.Floor(approximate) == approximate;
        }
    }
}
