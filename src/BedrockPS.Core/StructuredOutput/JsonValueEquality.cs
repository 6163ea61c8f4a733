using System.Text.Json;

namespace BedrockPS.Core.StructuredOutput
{
    /// <summary>JSON equality as JSON Schema defines it for enum and const: numbers by value, objects regardless of key order.</summary>
    internal static class JsonValueEquality
    {
        public static bool AreEqual(JsonElement left, JsonElement right)
        {
            JsonValueKind kind = left.ValueKind;
            if (kind != right.ValueKind) return false;
            switch (kind)
            {
                case JsonValueKind.String:
                    return left.ValueEquals(right.GetString());
                case JsonValueKind.Number:
                    if (left.TryGetDecimal(out decimal a) && right.TryGetDecimal(out decimal b)) return a == b;
                    return left.GetDouble().Equals(right.GetDouble());
                case JsonValueKind.Array:
                    if (left.GetArrayLength() != right.GetArrayLength()) return false;
                    using (var l = left.EnumerateArray().GetEnumerator())
                    using (var r = right.EnumerateArray().GetEnumerator())
                    {
                        while (l.MoveNext() && r.MoveNext())
                        {
                            if (!AreEqual(l.Current, r.Current)) return false;
                        }
                    }
                    return true;
                case JsonValueKind.Object:
                    int count = 0;
                    foreach (JsonProperty property in left.EnumerateObject())
                    {
                        count++;
                        if (!right.TryGetProperty(property.Name, out JsonElement other) || !AreEqual(property.Value, other)) return false;
                    }
                    foreach (JsonProperty unused in right.EnumerateObject()) count--;
                    return count == 0;
                default:
                    return true;
            }
        }
    }
}
