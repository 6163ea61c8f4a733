using System.Linq;
using System.Text.Json;

namespace BedrockPS.Core.Tests.Infrastructure
{
    /// <summary>Compares JSON by meaning: same members and values, any member order, numbers by value.</summary>
    public static class JsonAssert
    {
        public static void Equivalent(string expected, string actual)
        {
            using var left = JsonDocument.Parse(expected);
            using var right = JsonDocument.Parse(actual);
            Assert.True(Same(left.RootElement, right.RootElement), $"JSON differs.\nExpected: {expected}\nActual:   {actual}");
        }

        public static bool Same(JsonElement a, JsonElement b)
        {
            if (a.ValueKind != b.ValueKind)
            {
                return false;
            }
            switch (a.ValueKind)
            {
                case JsonValueKind.Object:
                    var left = a.EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
                    var right = b.EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
                    return left.Count == right.Count && left.All(p => right.TryGetValue(p.Key, out var other) && Same(p.Value, other));
                case JsonValueKind.Array:
                    var xs = a.EnumerateArray().ToList();
                    var ys = b.EnumerateArray().ToList();
                    return xs.Count == ys.Count && xs.Zip(ys).All(pair => Same(pair.First, pair.Second));
                case JsonValueKind.Number:
                    return a.GetDecimal() == b.GetDecimal();
                case JsonValueKind.String:
                    return a.GetString() == b.GetString();
                default:
                    return true;
            }
        }
    }
}
