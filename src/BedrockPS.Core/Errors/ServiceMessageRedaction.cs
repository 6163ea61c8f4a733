using System.Text.RegularExpressions;

namespace BedrockPS.Core.Errors
{
    /// <summary>
    /// Removes secrets the service quotes back in error texts. An InvalidSignatureException carries the canonical
    /// request the service expected, and with session credentials that includes the X-Amz-Security-Token value.
    /// </summary>
    internal static class ServiceMessageRedaction
    {
        // The token is base64, so it ends at whitespace, a quote or the backslash of a JSON escape such as \n.
        private static readonly Regex SecurityTokenValue = new Regex(
            @"(x-amz-security-token\s*[:=]\s*)[^\s'""\\&]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        public static string? Redact(string? text)
        {
            if (string.IsNullOrEmpty(text) || text!.IndexOf("security-token", System.StringComparison.OrdinalIgnoreCase) < 0) return text;
            return SecurityTokenValue.Replace(text, "$1<redacted>");
        }
    }
}
