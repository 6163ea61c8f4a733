using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace BedrockPS.Core.Auth
{
    /// <summary>Adds authentication to an outgoing request, once per attempt (each attempt is signed afresh).</summary>
    internal interface IRequestAuthenticator
    {
        /// <summary>"sigv4" or "bearer", for diagnostics.</summary>
        string Scheme { get; }

        /// <summary>
        /// True when the credentials are held in memory (static keys, an API key): authenticating then never waits
        /// on I/O, so a call can start on its caller's thread without blocking it.
        /// </summary>
        bool CredentialsAtHand { get; }

        Task AuthenticateAsync(HttpRequestMessage request, byte[] body, CancellationToken cancellationToken);
    }
}
