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

        Task AuthenticateAsync(HttpRequestMessage request, byte[] body, CancellationToken cancellationToken);
    }
}
