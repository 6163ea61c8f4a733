using System.Globalization;

namespace BedrockPS.Bench.Floor
{
    /// <summary>The prompts every client of scenarios 2 and 3 sends (bench/tools/BenchPrompts.psm1 and bench/js build the same strings).</summary>
    internal static class BenchPrompts
    {
        public static string Numbered(int index) => "Benchmark prompt " + index.ToString(CultureInfo.InvariantCulture) + ": name one prime number.";

        public static string Warmup(int index) => "Warm-up prompt " + index.ToString(CultureInfo.InvariantCulture);
    }
}
