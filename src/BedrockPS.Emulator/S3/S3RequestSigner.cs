using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using BedrockPS.Emulator.Auth;

namespace BedrockPS.Emulator.S3
{
    /// <summary>Signs requests to an external S3 endpoint with SigV4 (service "s3", path signed as sent, unsigned payload).</summary>
    internal sealed class S3RequestSigner
    {
        private const string UnsignedPayload = "UNSIGNED-PAYLOAD";
        private readonly string _accessKeyId;
        private readonly string _secretAccessKey;
        private readonly string _region;

        public S3RequestSigner(string accessKeyId, string secretAccessKey, string region)
        {
            _accessKeyId = accessKeyId;
            _secretAccessKey = secretAccessKey;
            _region = region;
        }

        /// <summary>Encodes a key for the path: each segment RFC 3986-encoded, slashes kept.</summary>
        public static string EncodePath(string bucket, string? key) =>
            "/" + SigV4Canonicalizer.UriEncode(bucket) + (key == null ? string.Empty : "/" + string.Join("/", key.Split('/').Select(SigV4Canonicalizer.UriEncode)));

        public void Sign(HttpRequestMessage request, string encodedPath, IReadOnlyList<KeyValuePair<string, string>> query)
        {
            DateTime now = DateTime.UtcNow;
            string amzDate = now.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
            string date = amzDate.Substring(0, 8);
            string host = request.RequestUri!.IsDefaultPort ? request.RequestUri.Host : request.RequestUri.Host + ":" + request.RequestUri.Port.ToString(CultureInfo.InvariantCulture);
            request.Headers.TryAddWithoutValidation("x-amz-date", amzDate);
            request.Headers.TryAddWithoutValidation("x-amz-content-sha256", UnsignedPayload);
            var headers = new List<KeyValuePair<string, string>>
            {
                new KeyValuePair<string, string>("host", host),
                new KeyValuePair<string, string>("x-amz-content-sha256", UnsignedPayload),
                new KeyValuePair<string, string>("x-amz-date", amzDate),
            };
            var signed = headers.Select(h => h.Key).ToList();
            string canonical = SigV4Canonicalizer.CanonicalRequest(request.Method.Method, encodedPath, query, headers, signed, UnsignedPayload, encodePathAgain: false);
            string scope = date + "/" + _region + "/s3/aws4_request";
            string stringToSign = SigV4Verifier.Algorithm + "\n" + amzDate + "\n" + scope + "\n" + SigV4Canonicalizer.Sha256Hex(System.Text.Encoding.UTF8.GetBytes(canonical));
            string signature = SigV4Canonicalizer.Hex(SigV4Canonicalizer.HmacSha256(SigV4Canonicalizer.SigningKey(_secretAccessKey, date, _region, "s3"), stringToSign));
            request.Headers.TryAddWithoutValidation("Authorization",
                SigV4Verifier.Algorithm + " Credential=" + _accessKeyId + "/" + scope + ", SignedHeaders=" + string.Join(";", signed) + ", Signature=" + signature);
        }
    }
}
