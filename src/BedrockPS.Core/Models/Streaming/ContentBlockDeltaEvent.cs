namespace BedrockPS.Core.Models
{
    /// <summary>A piece of a content block.</summary>
    public sealed class ContentBlockDeltaEvent
    {
        public int ContentBlockIndex { get; set; }

        public ContentBlockDelta? Delta { get; set; }
    }
}
