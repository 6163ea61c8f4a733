namespace BedrockPS.Core.Models
{
    /// <summary>A union with a single text member, used in several places of the wire model.</summary>
    public sealed class TextContentBlock
    {
        /// <summary>The text.</summary>
        public string? Text { get; set; }
    }
}
