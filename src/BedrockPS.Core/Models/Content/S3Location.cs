namespace BedrockPS.Core.Models
{
    /// <summary>An S3 object the service reads a file from, instead of inline bytes (wire S3Location). Not every model accepts S3 sources.</summary>
    public sealed class S3Location
    {
        /// <summary>Object URI, s3://bucket/key (1 to 1,024 characters).</summary>
        public string? Uri { get; set; }

        /// <summary>Account id of the bucket's owner when it is another account; null for the caller's own.</summary>
        public string? BucketOwner { get; set; }
    }
}
