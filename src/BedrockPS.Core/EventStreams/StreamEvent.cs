namespace BedrockPS.Core.EventStreams
{
    /// <summary>One decoded event frame: its :event-type and its JSON payload.</summary>
    internal readonly struct StreamEvent
    {
        public StreamEvent(string eventType, byte[] payload)
        {
            EventType = eventType;
            Payload = payload;
        }

        public string EventType { get; }

        public byte[] Payload { get; }
    }
}
