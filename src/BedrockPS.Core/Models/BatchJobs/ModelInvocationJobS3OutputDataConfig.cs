namespace BedrockPS.Core.Models
{
    /// <summary>The S3 prefix under which the service writes "&lt;job id&gt;/&lt;input file&gt;.out" and "manifest.json.out".</summary>
    public sealed class ModelInvocationJobS3OutputDataConfig
    {
        /// <summary>s3:// prefix the results are written under.</summary>
        public string? S3Uri { get; set; }

        /// <summary>KMS key id or ARN to encrypt the output with; null uses the bucket's default encryption.</summary>
        public string? S3EncryptionKeyId { get; set; }

        /// <summary>Account id owning the bucket when it is not the caller's account.</summary>
        public string? S3BucketOwner { get; set; }
    }
}
