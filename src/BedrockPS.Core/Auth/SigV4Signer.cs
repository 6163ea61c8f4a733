using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using Amazon.Runtime;

namespace BedrockPS.Core.Auth
{
    /// <summary>
    /// AWS Signature Version 4 for request headers. One rule covers both the test suites and Bedrock: each segment
    /// of the path exactly as it goes on the wire is URI-encoded once more, so Bedrock's "%3A" becomes "%253A" in
    /// the canonical request while a raw "/ሴ" becomes "/%E1%88%B4". Written here rather than taken from
    /// AWSSDK.Core because that signer always adds x-amz-content-sha256, which makes the reference suites
    /// impossible to check through it; the tests also prove both give the same Bedrock signatures.
    /// </summary>
    internal static class SigV4Signer
    {
        public const string Algorithm = "AWS4-HMAC-SHA256";

        // Headers that proxies and HTTP stacks rewrite; signing them would break the signature.
        private static readonly HashSet<string> UnsignedHeaders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "authorization", "user-agent", "expect", "connection", "keep-alive", "transfer-encoding", "te", "trailer",
            "upgrade", "proxy-authorization", "x-amzn-trace-id", "amz-sdk-invocation-id", "amz-sdk-request",
        };

        private static SigningKeyCacheEntry? lastSigningKey;

        [ThreadStatic]
        private static SHA256? threadSha256;

        /// <summary>
        /// Returns the headers to add to the request (X-Amz-Date, optionally X-Amz-Content-SHA256 and
        /// X-Amz-Security-Token, and Authorization).
        /// </summary>
        /// <param name="rawPathAndQuery">The request target exactly as sent: encoded path, then "?" and the query.</param>
        /// <param name="hostHeader">The Host header value (host, plus ":port" when not the default).</param>
        /// <param name="method">HTTP method; upper-cased in the canonical request.</param>
        /// <param name="headers">Headers of the request; hop-by-hop and other unsigned headers are skipped.</param>
        /// <param name="body">The exact body bytes sent; null for none.</param>
        /// <param name="credentials">Access key, secret key and optional session token.</param>
        /// <param name="region">Region of the signing scope.</param>
        /// <param name="service">Service name of the signing scope (bedrock for both planes).</param>
        /// <param name="signedAtUtc">Signing time, in UTC.</param>
        /// <param name="addContentSha256Header">Add X-Amz-Content-SHA256 (and sign it).</param>
        /// <param name="normalizePath">Drop empty and dot segments from the path before encoding.</param>
        /// <param name="signSessionToken">Sign X-Amz-Security-Token; when false it is added after signing.</param>
        public static SigV4Result Sign(
            string method,
            string hostHeader,
            string rawPathAndQuery,
            IEnumerable<KeyValuePair<string, string>> headers,
            byte[] body,
            ImmutableCredentials credentials,
            string region,
            string service,
            DateTime signedAtUtc,
            bool addContentSha256Header = true,
            bool normalizePath = true,
            bool signSessionToken = true)
        {
            var amzDate = signedAtUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
            var date = amzDate.Substring(0, 8);
            var payloadHash = Hex(Sha256(body ?? Array.Empty<byte>()));

            var toAdd = new List<KeyValuePair<string, string>> { new KeyValuePair<string, string>("X-Amz-Date", amzDate) };
            if (addContentSha256Header)
            {
                toAdd.Add(new KeyValuePair<string, string>("X-Amz-Content-SHA256", payloadHash));
            }
            bool hasToken = !string.IsNullOrEmpty(credentials.Token);
            if (hasToken && signSessionToken)
            {
                toAdd.Add(new KeyValuePair<string, string>("X-Amz-Security-Token", credentials.Token));
            }

            // A dictionary and a sorted name list rather than a SortedDictionary: the same canonical order, without
            // compiling SortedSet's generic code at run time on a fresh process's first call.
            var canonicalHeaders = new Dictionary<string, string>(StringComparer.Ordinal);
            void AddCanonical(string name, string value)
            {
                var key = name.Trim().ToLowerInvariant();
                var normalized = NormalizeHeaderValue(value);
                canonicalHeaders[key] = canonicalHeaders.TryGetValue(key, out var existing) ? existing + "," + normalized : normalized;
            }
            AddCanonical("host", hostHeader);
            foreach (var header in headers)
            {
                if (UnsignedHeaders.Contains(header.Key) || string.Equals(header.Key, "host", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                AddCanonical(header.Key, header.Value);
            }
            foreach (var header in toAdd)
            {
                canonicalHeaders[header.Key.ToLowerInvariant()] = header.Value;
            }

            var headerNames = new string[canonicalHeaders.Count];
            canonicalHeaders.Keys.CopyTo(headerNames, 0);
            Array.Sort(headerNames, StringComparer.Ordinal);
            var signedHeaders = string.Join(";", headerNames);
            int question = rawPathAndQuery.IndexOf('?');
            var rawPath = question >= 0 ? rawPathAndQuery.Substring(0, question) : rawPathAndQuery;
            var rawQuery = question >= 0 ? rawPathAndQuery.Substring(question + 1) : "";

            var canonicalRequest = new StringBuilder()
                .Append(method.ToUpperInvariant()).Append('\n')
                .Append(CanonicalPath(rawPath, normalizePath)).Append('\n')
                .Append(CanonicalQuery(rawQuery)).Append('\n');
            foreach (var name in headerNames)
            {
                canonicalRequest.Append(name).Append(':').Append(canonicalHeaders[name]).Append('\n');
            }
            canonicalRequest.Append('\n').Append(signedHeaders).Append('\n').Append(payloadHash);

            var scope = $"{date}/{region}/{service}/aws4_request";
            var stringToSign = $"{Algorithm}\n{amzDate}\n{scope}\n{Hex(Sha256(Encoding.UTF8.GetBytes(canonicalRequest.ToString())))}";
            var signingKey = SigningKey(credentials.SecretKey, date, region, service);
            var signature = Hex(HmacSha256(signingKey, stringToSign));

            toAdd.Add(new KeyValuePair<string, string>(
                "Authorization", $"{Algorithm} Credential={credentials.AccessKey}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}"));
            if (hasToken && !signSessionToken)
            {
                toAdd.Add(new KeyValuePair<string, string>("X-Amz-Security-Token", credentials.Token));
            }
            return new SigV4Result(toAdd, canonicalRequest.ToString(), stringToSign, signature);
        }

        /// <summary>Encodes each wire segment once more; with normalization, drops empty and dot segments.</summary>
        internal static string CanonicalPath(string rawPath, bool normalize)
        {
            if (string.IsNullOrEmpty(rawPath))
            {
                return "/";
            }
            var segments = rawPath.Split('/');
            if (!normalize)
            {
                return string.Join("/", segments.Select(UriEncode));
            }
            var kept = new List<string>();
            foreach (var segment in segments.Skip(1))
            {
                if (segment.Length == 0 || segment == ".")
                {
                    continue;
                }
                if (segment == "..")
                {
                    if (kept.Count > 0)
                    {
                        kept.RemoveAt(kept.Count - 1);
                    }
                    continue;
                }
                kept.Add(UriEncode(segment));
            }
            var path = "/" + string.Join("/", kept);
            bool trailingSlash = rawPath.EndsWith("/", StringComparison.Ordinal) && kept.Count > 0;
            return trailingSlash ? path + "/" : path;
        }

        /// <summary>Decodes then re-encodes every name and value, sorted by name then value.</summary>
        internal static string CanonicalQuery(string rawQuery)
        {
            if (string.IsNullOrEmpty(rawQuery))
            {
                return "";
            }
            var pairs = new List<KeyValuePair<string, string>>();
            foreach (var part in rawQuery.Split('&'))
            {
                if (part.Length == 0)
                {
                    continue;
                }
                int equals = part.IndexOf('=');
                var name = equals >= 0 ? part.Substring(0, equals) : part;
                var value = equals >= 0 ? part.Substring(equals + 1) : "";
                pairs.Add(new KeyValuePair<string, string>(UriEncode(Uri.UnescapeDataString(name)), UriEncode(Uri.UnescapeDataString(value))));
            }
            return string.Join("&", pairs
                .OrderBy(p => p.Key, StringComparer.Ordinal)
                .ThenBy(p => p.Value, StringComparer.Ordinal)
                .Select(p => p.Key + "=" + p.Value));
        }

        /// <summary>Percent-encodes everything except A-Za-z0-9-._~ (UTF-8, upper-case hex).</summary>
        internal static string UriEncode(string value)
        {
            var builder = new StringBuilder();
            foreach (var b in Encoding.UTF8.GetBytes(value))
            {
                if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' || b == '.' || b == '_' || b == '~')
                {
                    builder.Append((char)b);
                }
                else
                {
                    builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }
            }
            return builder.ToString();
        }

        private static string NormalizeHeaderValue(string value)
        {
            // Trim and collapse runs of whitespace (folded multi-line values included) into one space.
            var builder = new StringBuilder();
            bool inSpace = false;
            foreach (var c in value.Trim())
            {
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
                {
                    if (!inSpace)
                    {
                        builder.Append(' ');
                        inSpace = true;
                    }
                }
                else
                {
                    builder.Append(c);
                    inSpace = false;
                }
            }
            return builder.ToString();
        }

        private static byte[] SigningKey(string secretKey, string date, string region, string service)
        {
            // The key depends only on these four values and changes once a day: derive it once, not with four
            // HMACs on every request. A single entry suffices (one client signs with one secret at a time).
            var cached = Volatile.Read(ref lastSigningKey);
            if (cached != null && cached.Matches(secretKey, date, region, service))
            {
                return cached.Key;
            }
            var kDate = HmacSha256(Encoding.UTF8.GetBytes("AWS4" + secretKey), date);
            var kRegion = HmacSha256(kDate, region);
            var kService = HmacSha256(kRegion, service);
            var key = HmacSha256(kService, "aws4_request");
            Volatile.Write(ref lastSigningKey, new SigningKeyCacheEntry(secretKey, date, region, service, key));
            return key;
        }

        private static byte[] HmacSha256(byte[] key, string data)
        {
            using var hmac = new HMACSHA256(key);
            return hmac.ComputeHash(Encoding.UTF8.GetBytes(data));
        }

        private static byte[] Sha256(byte[] data)
        {
            // One instance per thread: creating a hash object costs more than hashing a small body.
            var sha = threadSha256 ??= SHA256.Create();
            return sha.ComputeHash(data);
        }

        private static string Hex(byte[] bytes)
        {
            var builder = new StringBuilder(bytes.Length * 2);
            foreach (var b in bytes)
            {
                builder.Append(b.ToString("x2", CultureInfo.InvariantCulture));
            }
            return builder.ToString();
        }
    }
}
