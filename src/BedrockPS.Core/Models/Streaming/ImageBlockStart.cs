namespace BedrockPS.Core.Models
{
    /// <summary>An image block begins.</summary>
    public sealed class ImageBlockStart
    {
        public string? Format { get; set; }
    }
}
