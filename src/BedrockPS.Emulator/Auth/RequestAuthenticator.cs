using System;
using BedrockPS.Emulator.Http;

namespace BedrockPS.Emulator.Auth
{
    /// <summary>Chooses the auth scheme the request uses (bearer API key or SigV4) and checks it.</summary>
    internal sealed class RequestAuthenticator
    {
        private readonly KeyTable _keys;
        private readonly SigV4Verifier _sigV4;

        public RequestAuthenticator(KeyTable keys, string region)
        {
            _keys = keys;
            _sigV4 = new SigV4Verifier(keys, region);
        }

        public void Authenticate(HttpRequest request)
        {
            string? authorization = request.Header("Authorization");
            if (string.IsNullOrWhiteSpace(authorization))
            {
                throw AuthFailure.Missing();
            }
            if (authorization!.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                string apiKey = authorization.Substring("Bearer ".Length).Trim();
                if (!_keys.IsKnownApiKey(apiKey))
                {
                    throw AuthFailure.UnknownKey();
                }
                return;
            }
            _sigV4.Verify(request, DateTime.UtcNow);
        }
    }
}
