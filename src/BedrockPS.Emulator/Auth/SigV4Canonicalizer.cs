using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using BedrockPS.Emulator.Http;

namespace BedrockPS.Emulator.Auth
{
    /// <summary>
    /// Builds the SigV4 canonical request the way non-S3 services do: each segment of the raw wire path is
    /// URI-encoded again (so %3A becomes %253A), query parameters sorted and re-encoded, signed headers trimmed.
    /// Written independently of any SDK so the emulator and the client check each other.
    /// </summary>
    internal static class SigV4Canonicalizer
    {
        public static string CanonicalRequest(string method, string rawPath, IEnumerable<KeyValuePair<string, string>> query,
            IReadOnlyList<KeyValuePair<string, string>> headers, IReadOnlyList<string> signedHeaders, string payloadHash, bool encodePathAgain = true)
        {
            var builder = new StringBuilder();
            builder.Append(method).Append('\n');
            // S3 signs the path as sent (encoded once); every other service encodes it a second time.
            builder.Append(encodePathAgain ? CanonicalUri(rawPath) : (rawPath.Length == 0 ? "/" : rawPath)).Append('\n');
            builder.Append(CanonicalQuery(query)).Append('\n');
            foreach (string name in signedHeaders)
            {
                builder.Append(name).Append(':').Append(CanonicalHeaderValue(headers, name)).Append('\n');
            }
            builder.Append('\n');
            builder.Append(string.Join(";", signedHeaders)).Append('\n');
            builder.Append(payloadHash);
            return builder.ToString();
        }

        public static string CanonicalUri(string rawPath)
        {
            if (string.IsNullOrEmpty(rawPath))
            {
                return "/";
            }
            string[] segments = rawPath.Split('/');
            return string.Join("/", segments.Select(UriEncode));
        }

        public static string CanonicalQuery(IEnumerable<KeyValuePair<string, string>> query)
        {
            var encoded = query
                .Select(p => new KeyValuePair<string, string>(UriEncode(p.Key), UriEncode(p.Value)))
                .OrderBy(p => p.Key, StringComparer.Ordinal)
                .ThenBy(p => p.Value, StringComparer.Ordinal)
                .Select(p => p.Key + "=" + p.Value);
            return string.Join("&", encoded);
        }

        /// <summary>RFC 3986 encoding: everything but A-Z a-z 0-9 - . _ ~ becomes %XX (upper-case hex) of its UTF-8 bytes.</summary>
        public static string UriEncode(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (byte b in Encoding.UTF8.GetBytes(text))
            {
                char c = (char)b;
                if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~')
                {
                    builder.Append(c);
                }
                else
                {
                    builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            return builder.ToString();
        }

        public static string Hex(byte[] bytes)
        {
            var builder = new StringBuilder(bytes.Length * 2);
            foreach (byte b in bytes)
            {
                builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }
            return builder.ToString();
        }

        public static string Sha256Hex(byte[] data)
        {
            using var sha = SHA256.Create();
            return Hex(sha.ComputeHash(data));
        }

        public static byte[] HmacSha256(byte[] key, string data)
        {
            using var hmac = new HMACSHA256(key);
            return hmac.ComputeHash(Encoding.UTF8.GetBytes(data));
        }

        public static byte[] SigningKey(string secretAccessKey, string date, string region, string service)
        {
            byte[] kDate = HmacSha256(Encoding.UTF8.GetBytes("AWS4" + secretAccessKey), date);
            byte[] kRegion = HmacSha256(kDate, region);
            byte[] kService = HmacSha256(kRegion, service);
            return HmacSha256(kService, "aws4_request");
        }

        private static string CanonicalHeaderValue(IReadOnlyList<KeyValuePair<string, string>> headers, string name)
        {
            var values = new List<string>();
            foreach (var header in headers)
            {
                if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
                {
                    values.Add(CollapseSpaces(header.Value.Trim()));
                }
            }
            return string.Join(",", values);
        }

        private static string CollapseSpaces(string value)
        {
            var builder = new StringBuilder(value.Length);
            bool lastWasSpace = false;
            foreach (char c in value)
            {
                bool isSpace = c == ' ';
                if (!(isSpace && lastWasSpace))
                {
                    builder.Append(c);
                }
                lastWasSpace = isSpace;
            }
            return builder.ToString();
        }
    }
}
