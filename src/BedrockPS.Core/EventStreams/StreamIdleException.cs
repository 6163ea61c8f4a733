using System;

namespace BedrockPS.Core.EventStreams
{
    /// <summary>Nothing arrived on a stream for longer than the idle timeout.</summary>
    internal sealed class StreamIdleException : Exception
    {
        public StreamIdleException(TimeSpan idleTimeout, Exception? innerException)
            : base($"No data arrived on the stream for {idleTimeout.TotalSeconds:0.#} s.", innerException)
        {
        }
    }
}
