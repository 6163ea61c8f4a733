namespace BedrockPS.Core.Models
{
    /// <summary>A content block begins (tool use, tool result or image; text blocks usually skip this).</summary>
    public sealed class ContentBlockStartEvent
    {
        public int ContentBlockIndex { get; set; }

        public ContentBlockStart? Start { get; set; }
    }
}
