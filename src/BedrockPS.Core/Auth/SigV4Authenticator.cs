using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;

namespace BedrockPS.Core.Auth
{
    /// <summary>
    /// Signs requests with SigV4 through AWSSDK.Core's AWSSigV4Signer, under the signing name "bedrock" for both
    /// the runtime and the control plane. That signer double-encodes the canonical path for non-S3 services,
    /// which is what Bedrock expects ("%3A" on the wire is "%253A" in the canonical request).
    /// </summary>
    internal sealed class SigV4Authenticator : IRequestAuthenticator
    {
        public const string SigningName = "bedrock";

        private readonly AWSCredentials credentials;
        private readonly RegionEndpoint region;
        private readonly Func<DateTime> utcNow;

        public SigV4Authenticator(AWSCredentials credentials, string region, Func<DateTime> utcNow)
        {
            this.credentials = credentials;
            this.region = RegionEndpoint.GetBySystemName(region);
            this.utcNow = utcNow;
        }

        public string Scheme => "sigv4";

        public async Task AuthenticateAsync(HttpRequestMessage request, byte[] body, CancellationToken cancellationToken)
        {
            ImmutableCredentials resolved;
            try
            {
                resolved = await credentials.GetCredentialsAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (!(exception is OperationCanceledException))
            {
                // The SDK's message names the sources it tried; it never includes key material.
                throw new BedrockServiceException(BedrockErrorCodes.NoCredentials, "AWS credentials could not be obtained: " + exception.Message, 0, exception);
            }

            var signed = Sign(request.Method, request.RequestUri!, ContentTypeOf(request), body, resolved, region, utcNow());
            foreach (var header in signed)
            {
                if (string.Equals(header.Key, "Host", StringComparison.OrdinalIgnoreCase))
                {
                    continue; // HttpClient writes Host from the URI; the signer used the same value.
                }
                request.Headers.Remove(header.Key);
                request.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        /// <summary>The signing step itself, shared with the test vectors: returns the headers to add.</summary>
        internal static IDictionary<string, string> Sign(
            HttpMethod method, Uri uri, string? contentType, byte[] body, ImmutableCredentials credentials, RegionEndpoint region, DateTime signedAt,
            IDictionary<string, string>? extraHeaders = null, string service = SigningName)
        {
            var signingRequest = new AWSSigningRequest
            {
                HttpMethod = method,
                RequestUri = uri,
                Content = body,
            };
            if (contentType != null)
            {
                signingRequest.Headers["Content-Type"] = contentType;
            }
            if (extraHeaders != null)
            {
                foreach (var header in extraHeaders)
                {
                    signingRequest.Headers[header.Key] = header.Value;
                }
            }
            var parameters = new AWSSigV4Parameters
            {
                Credentials = new BasicOrSessionCredentials(credentials),
                Region = region,
                Service = service,
                SignPayload = true,
                SignedAt = signedAt,
            };
            return AWSSigV4Signer.Sign(signingRequest, parameters).Headers;
        }

        private static string? ContentTypeOf(HttpRequestMessage request)
        {
            if (request.Content != null && request.Content.Headers.TryGetValues("Content-Type", out var values))
            {
                foreach (var value in values)
                {
                    return value; // the exact text that goes on the wire
                }
            }
            return null;
        }

        public override string ToString() => "SigV4Authenticator(credentials hidden)";
    }
}
