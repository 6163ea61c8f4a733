using System.Text;

namespace BedrockPS.Core.Transport
{
    /// <summary>Encodes one HTTP label as a single path segment: everything except A-Za-z0-9-._~ is percent-encoded.</summary>
    internal static class PathEncoding
    {
        public static string EncodeSegment(string value)
        {
            var bytes = Encoding.UTF8.GetBytes(value);
            var builder = new StringBuilder(bytes.Length * 3);
            foreach (var b in bytes)
            {
                if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' || b == '.' || b == '_' || b == '~')
                {
                    builder.Append((char)b);
                }
                else
                {
                    builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            return builder.ToString();
        }
    }
}
