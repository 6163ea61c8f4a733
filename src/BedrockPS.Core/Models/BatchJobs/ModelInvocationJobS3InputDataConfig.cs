namespace BedrockPS.Core.Models
{
    /// <summary>An S3 file or prefix of JSONL records.</summary>
    public sealed class ModelInvocationJobS3InputDataConfig
    {
        /// <summary>JSONL, the only format the service takes.</summary>
        public string? S3InputFormat { get; set; }

        /// <summary>s3:// URI of one JSONL file, or of a prefix whose JSONL files are all read.</summary>
        public string? S3Uri { get; set; }

        /// <summary>Account id owning the bucket when it is not the caller's account.</summary>
        public string? S3BucketOwner { get; set; }
    }
}
