namespace BedrockPS.Core.Models
{
    /// <summary>The S3 prefix under which the service writes "&lt;job id&gt;/&lt;input file&gt;.out" and "manifest.json.out".</summary>
    public sealed class ModelInvocationJobS3OutputDataConfig
    {
        public string? S3Uri { get; set; }

        public string? S3EncryptionKeyId { get; set; }

        public string? S3BucketOwner { get; set; }
    }
}
