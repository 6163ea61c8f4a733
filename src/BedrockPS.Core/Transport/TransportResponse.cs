using System;
using System.Net.Http;

namespace BedrockPS.Core.Transport
{
    /// <summary>A successful response. For streaming calls the body is still unread; the caller disposes it.</summary>
    internal sealed class TransportResponse : IDisposable
    {
        public TransportResponse(HttpResponseMessage response, byte[]? body, int attempts, string? requestId)
        {
            Response = response;
            Body = body;
            Attempts = attempts;
            RequestId = requestId;
        }

        public HttpResponseMessage Response { get; }

        /// <summary>The whole body, for non-streaming calls.</summary>
        public byte[]? Body { get; }

        public int Attempts { get; }

        public string? RequestId { get; }

        public string? Header(string name)
        {
            if (Response.Headers.TryGetValues(name, out var values) || Response.Content.Headers.TryGetValues(name, out values))
            {
                foreach (var value in values)
                {
                    return value;
                }
            }
            return null;
        }

        public void Dispose() => Response.Dispose();
    }
}
