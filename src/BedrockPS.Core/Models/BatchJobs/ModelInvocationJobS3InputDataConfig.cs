namespace BedrockPS.Core.Models
{
    /// <summary>An S3 file or prefix of JSONL records.</summary>
    public sealed class ModelInvocationJobS3InputDataConfig
    {
        /// <summary>JSONL, the only format the service takes.</summary>
        public string? S3InputFormat { get; set; }

        public string? S3Uri { get; set; }

        public string? S3BucketOwner { get; set; }
    }
}
