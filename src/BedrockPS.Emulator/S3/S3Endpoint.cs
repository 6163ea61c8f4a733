using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Emulator.Auth;
using BedrockPS.Emulator.Http;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.S3
{
    /// <summary>
    /// The embedded S3-compatible endpoint (path-style: /bucket/key): SigV4 with service "s3" checked against the
    /// emulator's keys, aws-chunked bodies with their chunk signatures and trailing checksums, and the operations the
    /// batch workflow uses. Errors are S3's XML Error bodies.
    /// </summary>
    internal sealed class S3Endpoint : IDisposable
    {
        private readonly SigV4Verifier _verifier;
        private readonly S3Operations _operations;
        private readonly S3MultipartUploads _uploads = new S3MultipartUploads();
        private long _requestCount;

        public S3Endpoint(KeyTable keys, string region, IObjectStore store, bool createBucketsOnWrite)
        {
            _verifier = new SigV4Verifier(keys, region, "s3", s3Rules: true);
            _operations = new S3Operations(store, _uploads, createBucketsOnWrite);
        }

        public long RequestCount => Interlocked.Read(ref _requestCount);

        public async Task HandleAsync(HttpRequest request, HttpExchange exchange)
        {
            Interlocked.Increment(ref _requestCount);
            string requestId = Guid.NewGuid().ToString("N").Substring(0, 16).ToUpperInvariant();
            try
            {
                if (request.Header("Authorization") == null)
                {
                    throw new ServiceError(403, "AccessDenied", "Access Denied");
                }
                SigV4Signature signature;
                try
                {
                    signature = _verifier.VerifySignature(request, DateTime.UtcNow);
                }
                catch (ServiceError error) when (error.ErrorType == "InvalidSignatureException")
                {
                    throw S3Error.SignatureDoesNotMatch(error.Message);
                }
                catch (ServiceError error) when (error.ErrorType == "UnrecognizedClientException")
                {
                    throw new ServiceError(403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.");
                }
                var content = Content(request, signature);
                var segments = request.RawPath.TrimStart('/').Split(new[] { '/' }, 2);
                string bucket = HttpRequest.PercentDecode(segments[0], false);
                string? key = segments.Length > 1 && segments[1].Length > 0 ? HttpRequest.PercentDecode(segments[1], false) : null;
                if (bucket.Length == 0)
                {
                    throw S3Error.NotImplemented("Listing buckets is not part of the emulator's S3 endpoint.");
                }
                await _operations.HandleAsync(new S3Call(request, exchange, requestId, bucket, key, content)).ConfigureAwait(false);
            }
            catch (ServiceError error) when (!exchange.ResponseStarted)
            {
                var headers = S3Xml.Headers(requestId);
                byte[] body = request.Method == "HEAD" ? Array.Empty<byte>() : S3Xml.Error(error, request.RawPath, requestId);
                await exchange.SendAsync(error.Status, headers, body).ConfigureAwait(false);
            }
            catch (Exception ex) when (!exchange.ResponseStarted && !(ex is System.IO.IOException || ex is OperationCanceledException || ex is ObjectDisposedException))
            {
                var error = new ServiceError(500, "InternalError", "We encountered an internal error. Please try again. (" + ex.GetType().Name + ")");
                await exchange.SendAsync(500, S3Xml.Headers(requestId), S3Xml.Error(error, request.RawPath, requestId)).ConfigureAwait(false);
            }
        }

        /// <summary>The payload as the client meant it: aws-chunked bodies decoded, every checksum sent checked.</summary>
        private static S3Content Content(HttpRequest request, SigV4Signature signature)
        {
            byte[] data = request.Body;
            var checksumFields = request.Headers.Where(h => h.Key.StartsWith("x-amz-checksum-", StringComparison.OrdinalIgnoreCase)).ToList();
            string? encoding = request.Header("Content-Encoding");
            bool chunked = signature.PayloadHash.StartsWith("STREAMING-", StringComparison.Ordinal)
                || (encoding != null && encoding.IndexOf("aws-chunked", StringComparison.OrdinalIgnoreCase) >= 0);
            if (chunked)
            {
                data = AwsChunkedBody.Decode(request.Body, signature, out var trailers);
                checksumFields.AddRange(trailers);
                string? declared = request.Header("x-amz-decoded-content-length");
                if (declared != null && declared != data.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))
                {
                    throw S3Error.InvalidRequest("The decoded body is " + data.Length + " bytes, not the x-amz-decoded-content-length " + declared + ".");
                }
            }
            var checksums = S3Checksums.Verify(checksumFields, data, 0, data.Length);
            string? md5 = request.Header("Content-MD5");
            if (md5 != null)
            {
                #pragma warning disable CA5351 // S3 requires MD5 for Content-MD5 and ETags; an integrity checksum, not security
                using var hash = System.Security.Cryptography.MD5.Create();
                #pragma warning restore CA5351
                if (Convert.ToBase64String(hash.ComputeHash(data)) != md5.Trim())
                {
                    throw new ServiceError(400, "BadDigest", "The Content-MD5 you specified did not match what we received.");
                }
            }
            return new S3Content(data, checksums);
        }

        public void Dispose() => _uploads.Dispose();
    }
}
