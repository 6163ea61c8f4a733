using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using BedrockPS.Emulator.Http;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.Auth
{
    /// <summary>
    /// Verifies an "AWS4-HMAC-SHA256" Authorization header against the key table: scope (date, region, service
    /// "bedrock"), a 15-minute clock-skew window, the session token, the payload hash and the signature itself.
    /// </summary>
    internal sealed class SigV4Verifier
    {
        public const string Algorithm = "AWS4-HMAC-SHA256";
        public const string Service = "bedrock";
        private static readonly TimeSpan SkewWindow = TimeSpan.FromMinutes(15);
        private readonly KeyTable _keys;
        private readonly string _region;

        private readonly string _service;
        private readonly bool _s3Rules;

        public SigV4Verifier(KeyTable keys, string region)
            : this(keys, region, Service, s3Rules: false)
        {
        }

        /// <param name="keys">The access keys (and session tokens) the account accepts.</param>
        /// <param name="region">The region the credential scope must name.</param>
        /// <param name="service">The service the credential scope must name (bedrock, or s3).</param>
        /// <param name="s3Rules">S3's variant: the path is signed as sent, and the payload hash is the declared
        /// X-Amz-Content-Sha256 (a hex digest checked against the body, or a streaming / unsigned marker).</param>
        public SigV4Verifier(KeyTable keys, string region, string service, bool s3Rules)
        {
            _keys = keys;
            _region = region;
            _service = service;
            _s3Rules = s3Rules;
        }

        /// <summary>Throws a ServiceError describing the first problem found; returns the access key id when the request is genuine.</summary>
        public string Verify(HttpRequest request, DateTime utcNow) => VerifySignature(request, utcNow).AccessKeyId;

        /// <summary>As <see cref="Verify"/>, returning what a streaming body's chunk signatures chain from.</summary>
        public SigV4Signature VerifySignature(HttpRequest request, DateTime utcNow)
        {
            string authorization = request.Header("Authorization") ?? throw AuthFailure.Missing();
            var fields = ParseAuthorization(authorization);
            if (!fields.TryGetValue("Credential", out string? credential) || !fields.TryGetValue("SignedHeaders", out string? signedHeaderList)
                || !fields.TryGetValue("Signature", out string? signature))
            {
                throw AuthFailure.Incomplete("Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters. Authorization=" + Algorithm);
            }

            string[] scope = credential.Split('/');
            if (scope.Length != 5 || scope[4] != "aws4_request")
            {
                throw AuthFailure.Incomplete("Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term.");
            }
            string accessKeyId = scope[0];
            EmulatorKeyPair pair = _keys.Find(accessKeyId) ?? throw AuthFailure.UnknownKey();

            string amzDate = request.Header("X-Amz-Date") ?? throw AuthFailure.Incomplete("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
            if (!DateTime.TryParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
                    DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime signedAt))
            {
                throw AuthFailure.Incomplete("X-Amz-Date must be in the ISO8601 basic format yyyyMMddTHHmmssZ.");
            }
            if (scope[1] != amzDate.Substring(0, 8))
            {
                throw AuthFailure.BadSignature("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '"
                    + scope[1] + "' != '" + amzDate.Substring(0, 8) + "', from '" + amzDate + "'.");
            }
            if (scope[2] != _region)
            {
                throw AuthFailure.BadSignature("Credential should be scoped to a valid region. ");
            }
            if (scope[3] != _service)
            {
                throw AuthFailure.BadSignature("Credential should be scoped to correct service: '" + _service + "'. ");
            }
            if (signedAt < utcNow - SkewWindow)
            {
                throw AuthFailure.BadSignature("Signature expired: " + amzDate + " is now earlier than "
                    + (utcNow - SkewWindow).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)
                    + " (" + utcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + " - 15 min.)");
            }
            if (signedAt > utcNow + SkewWindow)
            {
                throw AuthFailure.BadSignature("Signature not yet current: " + amzDate + " is still later than "
                    + (utcNow + SkewWindow).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)
                    + " (" + utcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + " + 15 min.)");
            }

            string? sentToken = request.Header("X-Amz-Security-Token");
            if (pair.SessionToken != null || sentToken != null)
            {
                if (pair.SessionToken == null || sentToken == null || !FixedTimeEquals(pair.SessionToken, sentToken))
                {
                    throw AuthFailure.UnknownKey();
                }
            }

            var signedHeaders = signedHeaderList.Split(';').Select(h => h.Trim().ToLowerInvariant()).ToList();
            if (!signedHeaders.Contains("host"))
            {
                throw AuthFailure.BadSignature("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
            }

            // The payload is always hashed from what arrived, so a body changed after signing cannot pass.
            string? declaredHash = request.Header("X-Amz-Content-Sha256");
            string payloadHash = _s3Rules
                ? S3PayloadHash(request, declaredHash)
                : declaredHash == "UNSIGNED-PAYLOAD" ? declaredHash : SigV4Canonicalizer.Sha256Hex(request.Body);

            string canonicalRequest = SigV4Canonicalizer.CanonicalRequest(request.Method, request.RawPath, request.QueryParameters(),
                request.Headers, signedHeaders, payloadHash, encodePathAgain: !_s3Rules);
            string credentialScope = scope[1] + "/" + scope[2] + "/" + scope[3] + "/aws4_request";
            string stringToSign = Algorithm + "\n" + amzDate + "\n" + credentialScope + "\n"
                + SigV4Canonicalizer.Sha256Hex(Encoding.UTF8.GetBytes(canonicalRequest));
            byte[] key = SigV4Canonicalizer.SigningKey(pair.SecretAccessKey, scope[1], scope[2], scope[3]);
            string expected = SigV4Canonicalizer.Hex(SigV4Canonicalizer.HmacSha256(key, stringToSign));
            if (!FixedTimeEquals(expected, signature.ToLowerInvariant()))
            {
                throw AuthFailure.BadSignature("The request signature we calculated does not match the signature you provided. "
                    + "Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\n"
                    + "The Canonical String for this request should have been\n'" + RedactToken(canonicalRequest) + "'\n\n"
                    + "The String-to-Sign should have been\n'" + stringToSign + "'\n");
            }
            return new SigV4Signature(accessKeyId, key, amzDate, credentialScope, signature.ToLowerInvariant(), payloadHash);
        }

        private static string S3PayloadHash(HttpRequest request, string? declaredHash)
        {
            if (string.IsNullOrEmpty(declaredHash))
            {
                throw new ServiceError(400, "InvalidRequest", "Missing required header for this request: x-amz-content-sha256");
            }
            if (declaredHash!.StartsWith("STREAMING-", StringComparison.Ordinal) || declaredHash == "UNSIGNED-PAYLOAD")
            {
                return declaredHash;
            }
            if (!FixedTimeEquals(declaredHash.ToLowerInvariant(), SigV4Canonicalizer.Sha256Hex(request.Body)))
            {
                throw new ServiceError(400, "XAmzContentSHA256Mismatch", "The provided 'x-amz-content-sha256' header does not match what was computed.");
            }
            return declaredHash;
        }

        private static Dictionary<string, string> ParseAuthorization(string authorization)
        {
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            if (!authorization.StartsWith(Algorithm + " ", StringComparison.Ordinal))
            {
                throw AuthFailure.Incomplete("Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter.");
            }
            foreach (string part in authorization.Substring(Algorithm.Length + 1).Split(','))
            {
                int eq = part.IndexOf('=');
                if (eq > 0)
                {
                    fields[part.Substring(0, eq).Trim()] = part.Substring(eq + 1).Trim();
                }
            }
            return fields;
        }

        // A session token is a secret: it never appears in an error message.
        private static string RedactToken(string canonicalRequest)
        {
            var lines = canonicalRequest.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].StartsWith("x-amz-security-token:", StringComparison.Ordinal))
                {
                    lines[i] = "x-amz-security-token:<redacted>";
                }
            }
            return string.Join("\n", lines);
        }

        internal static bool FixedTimeEquals(string a, string b)
        {
            byte[] x = Encoding.UTF8.GetBytes(a);
            byte[] y = Encoding.UTF8.GetBytes(b);
            int diff = x.Length ^ y.Length;
            for (int i = 0; i < Math.Min(x.Length, y.Length); i++)
            {
                diff |= x[i] ^ y[i];
            }
            return diff == 0;
        }
    }
}
