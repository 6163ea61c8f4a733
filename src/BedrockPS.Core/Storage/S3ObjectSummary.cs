namespace BedrockPS.Core.Storage
{
    /// <summary>One listed object.</summary>
    public sealed class S3ObjectSummary
    {
        public S3ObjectSummary(S3ObjectUri uri, long size)
        {
            Uri = uri;
            Size = size;
        }

        public S3ObjectUri Uri { get; }

        public long Size { get; }
    }
}
