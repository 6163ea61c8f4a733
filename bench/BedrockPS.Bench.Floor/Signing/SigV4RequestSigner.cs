using System;
using System.Globalization;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;

namespace BedrockPS.Bench.Floor.Signing
{
    /// <summary>
    /// A minimal AWS Signature Version 4 signer for Bedrock JSON POSTs: the headers host, content-type, x-amz-date and
    /// x-amz-content-sha256 are signed; the canonical path is the wire path encoded once more (as non-S3 services do).
    /// The signing key is cached per day, as the SDKs cache it.
    /// </summary>
    internal sealed class SigV4RequestSigner
    {
        private const string Algorithm = "AWS4-HMAC-SHA256";
        private const string SignedHeaders = "content-type;host;x-amz-content-sha256;x-amz-date";
        private readonly string _accessKeyId;
        private readonly string _secretAccessKey;
        private readonly string _region;
        private readonly string _service;
        private string? _keyDate;
        private byte[]? _signingKey;

        public SigV4RequestSigner(string accessKeyId, string secretAccessKey, string region, string service)
        {
            _accessKeyId = accessKeyId;
            _secretAccessKey = secretAccessKey;
            _region = region;
            _service = service;
        }

        /// <summary>Adds x-amz-date, x-amz-content-sha256 and Authorization to a request whose body is <paramref name="body"/>.</summary>
        public void Sign(HttpRequestMessage request, byte[] body, string contentType, DateTime utcNow)
        {
            Uri uri = request.RequestUri ?? throw new ArgumentException("The request has no URI.", nameof(request));
            string amzDate = utcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
            string date = amzDate.Substring(0, 8);
            string payloadHash = Hex(SHA256.HashData(body));
            string host = uri.IsDefaultPort ? uri.Host : uri.Host + ":" + uri.Port.ToString(CultureInfo.InvariantCulture);

            var canonical = new StringBuilder(256)
                .Append(request.Method.Method).Append('\n')
                .Append(CanonicalPath(uri.AbsolutePath)).Append('\n')
                .Append('\n')
                .Append("content-type:").Append(contentType).Append('\n')
                .Append("host:").Append(host).Append('\n')
                .Append("x-amz-content-sha256:").Append(payloadHash).Append('\n')
                .Append("x-amz-date:").Append(amzDate).Append('\n')
                .Append('\n')
                .Append(SignedHeaders).Append('\n')
                .Append(payloadHash);

            string scope = date + "/" + _region + "/" + _service + "/aws4_request";
            string stringToSign = Algorithm + "\n" + amzDate + "\n" + scope + "\n" + Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
            string signature = Hex(HMACSHA256.HashData(SigningKey(date), Encoding.UTF8.GetBytes(stringToSign)));

            request.Headers.TryAddWithoutValidation("x-amz-date", amzDate);
            request.Headers.TryAddWithoutValidation("x-amz-content-sha256", payloadHash);
            request.Headers.TryAddWithoutValidation("Authorization",
                Algorithm + " Credential=" + _accessKeyId + "/" + scope + ", SignedHeaders=" + SignedHeaders + ", Signature=" + signature);
        }

        /// <summary>Each segment of the (already percent-encoded) wire path is encoded again: %3A becomes %253A.</summary>
        private static string CanonicalPath(string wirePath)
        {
            string[] segments = wirePath.Split('/');
            for (int i = 0; i < segments.Length; i++)
            {
                segments[i] = Uri.EscapeDataString(segments[i]);
            }
            return string.Join("/", segments);
        }

        private byte[] SigningKey(string date)
        {
            if (_signingKey == null || _keyDate != date)
            {
                byte[] key = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + _secretAccessKey), Encoding.UTF8.GetBytes(date));
                key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(_region));
                key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(_service));
                _signingKey = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("aws4_request"));
                _keyDate = date;
            }
            return _signingKey;
        }

        private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();

        /// <summary>Never shows the secret key.</summary>
        public override string ToString() => "SigV4RequestSigner(" + _accessKeyId + ", " + _region + ", " + _service + ")";
    }
}
