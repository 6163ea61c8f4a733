namespace BedrockPS.Core.Models
{
    /// <summary>A content block begins (tool use, tool result or image; text blocks usually skip this).</summary>
    public sealed class ContentBlockStartEvent
    {
        /// <summary>Zero-based index of the block in the assistant message.</summary>
        public int ContentBlockIndex { get; set; }

        /// <summary>What kind of block begins.</summary>
        public ContentBlockStart? Start { get; set; }
    }
}
