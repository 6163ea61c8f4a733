using System;

namespace BedrockPS.Emulator.Http
{
    /// <summary>A request the server refuses before it reaches an operation: the status to answer with, then the connection closes.</summary>
    internal sealed class HttpProtocolException : Exception
    {
        public HttpProtocolException(int status, string message)
            : base(message)
        {
            Status = status;
        }

        public int Status { get; }
    }
}
