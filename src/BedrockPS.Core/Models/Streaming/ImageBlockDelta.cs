namespace BedrockPS.Core.Models
{
    /// <summary>Image data of a generated image block.</summary>
    public sealed class ImageBlockDelta
    {
        public ImageSource? Source { get; set; }

        public ErrorBlock? Error { get; set; }
    }
}
