namespace BedrockPS.Core.Models
{
    /// <summary>A piece of a content block.</summary>
    public sealed class ContentBlockDeltaEvent
    {
        /// <summary>Zero-based index of the block in the assistant message.</summary>
        public int ContentBlockIndex { get; set; }

        /// <summary>The piece to add to that block.</summary>
        public ContentBlockDelta? Delta { get; set; }
    }
}
