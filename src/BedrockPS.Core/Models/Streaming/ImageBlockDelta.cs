namespace BedrockPS.Core.Models
{
    /// <summary>Image data of a generated image block.</summary>
    public sealed class ImageBlockDelta
    {
        /// <summary>The image data of this piece.</summary>
        public ImageSource? Source { get; set; }

        /// <summary>Set when the service could not produce this piece.</summary>
        public ErrorBlock? Error { get; set; }
    }
}
