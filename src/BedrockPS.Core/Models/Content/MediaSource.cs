namespace BedrockPS.Core.Models
{
    /// <summary>Where video or audio bytes come from (one of the two).</summary>
    public sealed class MediaSource
    {
        public byte[]? Bytes { get; set; }

        public S3Location? S3Location { get; set; }
    }
}
