using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;

namespace BedrockPS.Core.Auth
{
    /// <summary>
    /// Signs every attempt with SigV4 under the signing name "bedrock" (runtime and control plane alike). The
    /// credentials come from AWSSDK.Core (profiles, SSO, web identity, IMDS...) and are fetched per attempt, so
    /// refreshing credentials refresh transparently.
    /// </summary>
    internal sealed class SigV4Authenticator : IRequestAuthenticator
    {
        public const string SigningName = "bedrock";

        private readonly AWSCredentials credentials;
        private readonly string region;
        private readonly Func<DateTime> utcNow;

        public SigV4Authenticator(AWSCredentials credentials, string region, Func<DateTime> utcNow)
        {
            this.credentials = credentials;
            this.region = region;
            this.utcNow = utcNow;
        }

        public string Scheme => "sigv4";

        /// <summary>The credentials themselves, for clients of other services (S3) that sign on their own.</summary>
        internal AWSCredentials Credentials => credentials;

        // Profiles, SSO, web identity and instance roles may read files or call a service to get their keys.
        public bool CredentialsAtHand => credentials is BasicAWSCredentials || credentials is SessionAWSCredentials;

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
                var hint = exception.Message.IndexOf("SSO", StringComparison.OrdinalIgnoreCase) >= 0
                    ? " Sign in with 'aws sso login' (add --profile NAME for a named profile) and try again."
                    : "";
                throw new BedrockServiceException(BedrockErrorCodes.NoCredentials, "AWS credentials could not be obtained: " + exception.Message + hint, 0, exception);
            }
            if (resolved == null || string.IsNullOrEmpty(resolved.AccessKey) || string.IsNullOrEmpty(resolved.SecretKey))
            {
                throw new BedrockServiceException(BedrockErrorCodes.NoCredentials, "The configured AWS credentials are empty.");
            }

            var uri = request.RequestUri!;
            var headers = new List<KeyValuePair<string, string>>();
            foreach (var header in request.Headers)
            {
                headers.Add(new KeyValuePair<string, string>(header.Key, string.Join(",", header.Value)));
            }
            if (request.Content != null)
            {
                foreach (var header in request.Content.Headers)
                {
                    headers.Add(new KeyValuePair<string, string>(header.Key, string.Join(",", header.Value)));
                }
            }

            var signed = SigV4Signer.Sign(
                request.Method.Method, uri.Authority, uri.PathAndQuery, headers, body, resolved, region, SigningName, utcNow());
            foreach (var header in signed.Headers)
            {
                request.Headers.Remove(header.Key);
                request.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        public override string ToString() => "SigV4Authenticator(credentials hidden)";
    }
}
