namespace BedrockPS.Core.Models
{
    /// <summary>
    /// One event of a ConverseStream. <see cref="Kind"/> is the wire event type (messageStart, contentBlockStart,
    /// contentBlockDelta, contentBlockStop, messageStop, metadata, or a newer one passed through); the member of
    /// the same name is set.
    /// </summary>
    public sealed class ConverseStreamEvent
    {
        public string Kind { get; set; } = "";

        public MessageStartEvent? MessageStart { get; set; }

        public ContentBlockStartEvent? ContentBlockStart { get; set; }

        public ContentBlockDeltaEvent? ContentBlockDelta { get; set; }

        public ContentBlockStopEvent? ContentBlockStop { get; set; }

        public MessageStopEvent? MessageStop { get; set; }

        public ConverseStreamMetadataEvent? Metadata { get; set; }

        /// <summary>From the x-amzn-RequestId header of the stream response.</summary>
        public string? RequestId { get; set; }

        /// <summary>The text of a text delta, or null.</summary>
        public string? TextDelta => ContentBlockDelta?.Delta?.Text;
    }
}
