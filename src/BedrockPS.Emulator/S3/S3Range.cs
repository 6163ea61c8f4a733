using System.Globalization;

namespace BedrockPS.Emulator.S3
{
    /// <summary>One HTTP byte range ("a-b", "a-" or "-n") resolved against an object's size.</summary>
    internal static class S3Range
    {
        public static bool TryParse(string spec, long size, out long start, out long end)
        {
            start = 0;
            end = size - 1;
            int dash = spec.IndexOf('-');
            if (dash < 0 || spec.IndexOf(',') >= 0)
            {
                return false;
            }
            string first = spec.Substring(0, dash);
            string last = spec.Substring(dash + 1);
            if (first.Length == 0)
            {
                if (!long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out long suffix) || suffix == 0)
                {
                    return false;
                }
                start = System.Math.Max(0, size - suffix);
                return size > 0;
            }
            if (!long.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out start) || start >= size)
            {
                return false;
            }
            if (last.Length > 0)
            {
                if (!long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out end) || end < start)
                {
                    return false;
                }
                end = System.Math.Min(end, size - 1);
            }
            return true;
        }
    }
}
