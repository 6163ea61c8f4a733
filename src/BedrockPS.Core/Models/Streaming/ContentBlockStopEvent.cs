namespace BedrockPS.Core.Models
{
    /// <summary>A content block ends.</summary>
    public sealed class ContentBlockStopEvent
    {
        /// <summary>Zero-based index of the block that is complete.</summary>
        public int ContentBlockIndex { get; set; }
    }
}
