using System;

namespace BedrockPS.Core.EventStreams
{
    /// <summary>An event-stream frame that is truncated or fails its checksum; the stream cannot go on.</summary>
    internal sealed class EventStreamFormatException : Exception
    {
        public EventStreamFormatException(string message)
            : base(message)
        {
        }
    }
}
