namespace BedrockPS.Core.Models
{
    /// <summary>A content block ends.</summary>
    public sealed class ContentBlockStopEvent
    {
        public int ContentBlockIndex { get; set; }
    }
}
