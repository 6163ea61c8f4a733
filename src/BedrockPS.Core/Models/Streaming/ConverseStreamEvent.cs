namespace BedrockPS.Core.Models
{
    /// <summary>
    /// One event of a ConverseStream. <see cref="Kind"/> is the wire event type (messageStart, contentBlockStart,
    /// contentBlockDelta, contentBlockStop, messageStop, metadata, or a newer one passed through); the member of
    /// the same name is set.
    /// </summary>
    public sealed class ConverseStreamEvent
    {
        /// <summary>Wire event type; names which member below is set. Unknown types keep their name with no member set.</summary>
        public string Kind { get; set; } = "";

        /// <summary>Set when <see cref="Kind"/> is messageStart.</summary>
        public MessageStartEvent? MessageStart { get; set; }

        /// <summary>Set when <see cref="Kind"/> is contentBlockStart.</summary>
        public ContentBlockStartEvent? ContentBlockStart { get; set; }

        /// <summary>Set when <see cref="Kind"/> is contentBlockDelta.</summary>
        public ContentBlockDeltaEvent? ContentBlockDelta { get; set; }

        /// <summary>Set when <see cref="Kind"/> is contentBlockStop.</summary>
        public ContentBlockStopEvent? ContentBlockStop { get; set; }

        /// <summary>Set when <see cref="Kind"/> is messageStop.</summary>
        public MessageStopEvent? MessageStop { get; set; }

        /// <summary>Set when <see cref="Kind"/> is metadata (usage and metrics, the last event).</summary>
        public ConverseStreamMetadataEvent? Metadata { get; set; }

        /// <summary>From the x-amzn-RequestId header of the stream response.</summary>
        public string? RequestId { get; set; }

        /// <summary>The text of a text delta, or null.</summary>
        public string? TextDelta => ContentBlockDelta?.Delta?.Text;
    }
}
