using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;

namespace BedrockPS.Emulator.Tests.Support
{
    /// <summary>
    /// The tests' own SigV4 signer (header auth, service "bedrock", double-encoded path), written apart from the
    /// emulator's verifier so that a shared mistake cannot make both agree. Checked against the reference vectors.
    /// </summary>
    internal static class TestSigV4Signer
    {
        public static void Sign(HttpRequestMessage request, byte[] body, string accessKeyId, string secretKey, string region,
            DateTime signedAt, string? sessionToken = null)
        {
            string amzDate = signedAt.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
            string date = amzDate.Substring(0, 8);
            string payloadHash = Hex(SHA256.HashData(body));
            request.Headers.Remove("X-Amz-Date");
            request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
            request.Headers.TryAddWithoutValidation("X-Amz-Content-Sha256", payloadHash);
            if (sessionToken != null)
            {
                request.Headers.TryAddWithoutValidation("X-Amz-Security-Token", sessionToken);
            }
            var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["host"] = request.RequestUri!.Authority,
                ["x-amz-date"] = amzDate,
                ["x-amz-content-sha256"] = payloadHash,
            };
            if (request.Content?.Headers.ContentType != null)
            {
                headers["content-type"] = request.Content.Headers.ContentType.ToString();
            }
            if (sessionToken != null)
            {
                headers["x-amz-security-token"] = sessionToken;
            }
            string rawPath = request.RequestUri.AbsolutePath;
            string rawQuery = request.RequestUri.Query.TrimStart('?');
            var (canonical, signedHeaders) = CanonicalRequest(request.Method.Method, rawPath, rawQuery, headers, payloadHash);
            string scope = date + "/" + region + "/bedrock/aws4_request";
            string signature = Signature(secretKey, date, region, amzDate, scope, canonical);
            request.Headers.TryAddWithoutValidation("Authorization",
                "AWS4-HMAC-SHA256 Credential=" + accessKeyId + "/" + scope + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature);
        }

        public static (string Canonical, string SignedHeaders) CanonicalRequest(string method, string rawPath, string rawQuery,
            SortedDictionary<string, string> lowerCaseHeaders, string payloadHash)
        {
            string canonicalUri = string.Join("/", rawPath.Split('/').Select(Encode));
            string canonicalQuery = string.Join("&", rawQuery.Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split('=', 2))
                .Select(p => (Key: Encode(Uri.UnescapeDataString(p[0])), Value: Encode(Uri.UnescapeDataString(p.Length > 1 ? p[1] : string.Empty))))
                .OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal)
                .Select(p => p.Key + "=" + p.Value));
            string canonicalHeaders = string.Concat(lowerCaseHeaders.Select(h => h.Key + ":" + h.Value.Trim() + "\n"));
            string signedHeaders = string.Join(";", lowerCaseHeaders.Keys);
            return (method + "\n" + canonicalUri + "\n" + canonicalQuery + "\n" + canonicalHeaders + "\n" + signedHeaders + "\n" + payloadHash, signedHeaders);
        }

        public static string Signature(string secretKey, string date, string region, string amzDate, string scope, string canonicalRequest)
        {
            string stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)));
            byte[] key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secretKey), date);
            key = Hmac(key, region);
            key = Hmac(key, "bedrock");
            key = Hmac(key, "aws4_request");
            return Hex(Hmac(key, stringToSign));
        }

        private static string Encode(string text)
        {
            var builder = new StringBuilder();
            foreach (byte b in Encoding.UTF8.GetBytes(text))
            {
                if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' || b == '_' || b == '.' || b == '~')
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

        private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

        private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
    }
}
