namespace BedrockPS.Core.Models
{
    /// <summary>Where image bytes come from: inline bytes or an S3 object (one of the two).</summary>
    public sealed class ImageSource
    {
        /// <summary>Raw bytes; base64 on the wire.</summary>
        public byte[]? Bytes { get; set; }

        /// <summary>An S3 object holding the image.</summary>
        public S3Location? S3Location { get; set; }
    }
}
