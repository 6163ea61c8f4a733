namespace BedrockPS.Core.Models
{
    /// <summary>An image in a message (wire shape ImageBlock).</summary>
    public sealed class ImageBlock
    {
        /// <summary>png, jpeg, gif or webp; passed through as sent.</summary>
        public string? Format { get; set; }

        /// <summary>Inline bytes or an S3 object holding the image.</summary>
        public ImageSource? Source { get; set; }

        /// <summary>Set by the service when the image could not be processed.</summary>
        public ErrorBlock? Error { get; set; }
    }
}
