using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace BedrockPS.Core.Auth
{
    /// <summary>Sends a Bedrock API key as "Authorization: Bearer". The key is never exposed by this type.</summary>
    internal sealed class BearerAuthenticator : IRequestAuthenticator
    {
        private readonly string apiKey;

        public BearerAuthenticator(string apiKey)
        {
            this.apiKey = apiKey;
        }

        public string Scheme => "bearer";

        public bool CredentialsAtHand => true;

        public Task AuthenticateAsync(HttpRequestMessage request, byte[] body, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
            return Task.CompletedTask;
        }

        public override string ToString() => "BearerAuthenticator(api key hidden)";
    }
}
