namespace BedrockPS.Core.Models
{
    /// <summary>An image block begins.</summary>
    public sealed class ImageBlockStart
    {
        /// <summary>png, jpeg, gif or webp: the format of the image data that follows.</summary>
        public string? Format { get; set; }
    }
}
