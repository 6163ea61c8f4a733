namespace BedrockPS.Core.Models
{
    /// <summary>Where video or audio bytes come from (one of the two).</summary>
    public sealed class MediaSource
    {
        /// <summary>The file's raw bytes (base64 on the wire).</summary>
        public byte[]? Bytes { get; set; }

        /// <summary>An S3 object holding the file.</summary>
        public S3Location? S3Location { get; set; }
    }
}
