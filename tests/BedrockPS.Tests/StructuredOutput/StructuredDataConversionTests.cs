using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Text;
using System.Text.Json;
using BedrockPS.Conversion;
using CsCheck;
using Xunit;

namespace BedrockPS.Tests.StructuredOutput
{
    public class StructuredDataConversionTests
    {
        private static object? Data(string json) => JsonToPowerShell.ConvertData(JsonDocument.Parse(json).RootElement);

        [Theory]
        [InlineData("7", typeof(int))]
        [InlineData("-2147483649", typeof(long))]
        [InlineData("0.1", typeof(decimal))]
        [InlineData("12.50", typeof(decimal))]
        [InlineData("1.5e2", typeof(decimal))]
        [InlineData("79228162514264337593543950336", typeof(double))]
        [InlineData("3.14159265358979323846264338327950288", typeof(double))]
        [InlineData("1.5e-28", typeof(double))]
        [InlineData("1e300", typeof(double))]
        public void Numbers_become_the_narrowest_type_that_holds_them_exactly(string json, System.Type expected)
        {
            Assert.IsType(expected, Data(json));
        }

        [Fact]
        public void Decimals_keep_the_written_value()
        {
            Assert.Equal(0.1m, Data("0.1"));
            Assert.Equal("12.50", ((decimal)Data("12.50")!).ToString(CultureInfo.InvariantCulture));
            Assert.Equal(150m, Data("1.5e2"));
        }

        [Fact]
        public void Objects_are_custom_objects_in_document_order_and_arrays_object_arrays()
        {
            var value = (PSObject)Data("{\"z\":1,\"a\":[true,null,\"x\",{\"k\":0.5}]}")!;
            Assert.IsType<PSCustomObject>(value.BaseObject);
            Assert.Equal(new[] { "z", "a" }, value.Properties.Select(p => p.Name).ToArray());
            var items = Assert.IsType<object[]>(value.Properties["a"].Value);
            Assert.Equal(true, items[0]);
            Assert.Null(items[1]);
            Assert.Equal("x", items[2]);
            Assert.Equal(0.5m, ((PSObject)items[3]!).Properties["k"].Value);
        }

        private static readonly Gen<string> Json = Gen.Recursive<string>((depth, inner) =>
        {
            Gen<string> scalar = Gen.OneOf(
                Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture)),
                Gen.Long.Select(l => l.ToString(CultureInfo.InvariantCulture)),
                Gen.Decimal.Select(d => d.ToString(CultureInfo.InvariantCulture)),
                Gen.Double.Where(d => !double.IsNaN(d) && !double.IsInfinity(d)).Select(d => d.ToString("R", CultureInfo.InvariantCulture)),
                Gen.String.Select(s => JsonSerializer.Serialize(s.Where(c => !char.IsSurrogate(c)).ToArray().Aggregate(new StringBuilder(), (b, c) => b.Append(c)).ToString())),
                Gen.OneOf(Gen.Const("true"), Gen.Const("false"), Gen.Const("null")));
            if (depth > 3) return scalar;
            return Gen.Frequency(
                (4, scalar),
                (1, inner.Array[0, 4].Select(items => "[" + string.Join(",", items) + "]")),
                (1, inner.Array[0, 4].Select(values => "{" + string.Join(",", values.Select((v, i) => "\"p" + i + "\":" + v)) + "}")));
        });

        [Fact]
        public void Any_json_survives_the_trip_to_powershell_objects_and_back()
        {
            Json.Sample(json =>
            {
                using JsonDocument original = JsonDocument.Parse(json);
                byte[] back = PowerShellToJson.ToUtf8(JsonToPowerShell.ConvertData(original.RootElement));
                using JsonDocument again = JsonDocument.Parse(back);
                return SameJson(original.RootElement, again.RootElement);
            }, iter: 500);
        }

        private static bool SameJson(JsonElement a, JsonElement b)
        {
            if (a.ValueKind != b.ValueKind) return false;
            switch (a.ValueKind)
            {
                case JsonValueKind.Number:
                    return a.TryGetDecimal(out decimal x) && b.TryGetDecimal(out decimal y) ? x == y : a.GetDouble().Equals(b.GetDouble());
                case JsonValueKind.String:
                    return a.GetString() == b.GetString();
                case JsonValueKind.Array:
                    return a.GetArrayLength() == b.GetArrayLength() && a.EnumerateArray().Zip(b.EnumerateArray()).All(p => SameJson(p.First, p.Second));
                case JsonValueKind.Object:
                    var left = a.EnumerateObject().ToArray();
                    var right = b.EnumerateObject().ToArray();
                    return left.Length == right.Length && left.Zip(right).All(p => p.First.Name == p.Second.Name && SameJson(p.First.Value, p.Second.Value));
                default:
                    return true;
            }
        }
    }
}
