using BedrockPS.Conversion;
using Xunit;

namespace BedrockPS.Tests.Conversion
{
    /// <summary>
    /// Which .NET type a JSON number becomes. The double case was found by the JSON property tests: the
    /// decimal-to-double cast is one unit off for it, so it used to come back as a decimal unequal to the double sent.
    /// A fraction with more digits than a double keeps used to be rounded to a double; it now stays exact, so writing
    /// it back gives the same JSON.
    /// </summary>
    public sealed class JsonNumberTests
    {
        [Fact]
        public void A_double_written_in_its_shortest_form_comes_back_as_that_double()
        {
            object? value = JsonToPowerShell.Parse("12380706.032786885");

            Assert.Equal(12380706.032786885, Assert.IsType<double>(value));
        }

        [Fact]
        public void A_short_fraction_is_a_double_and_more_digits_than_a_double_keeps_stay_decimal()
        {
            Assert.Equal(0.1, Assert.IsType<double>(JsonToPowerShell.Parse("0.1")));
            Assert.Equal(0.10000000000000000001m, Assert.IsType<decimal>(JsonToPowerShell.Parse("0.10000000000000000001")));
        }
    }
}
