namespace BedrockPS.Core.Models
{
    /// <summary>An S3 object reference.</summary>
    public sealed class S3Location
    {
        /// <summary>Object URI, s3://bucket/key (1 to 1,024 characters).</summary>
        public string? Uri { get; set; }

        /// <summary>Account id of the bucket's owner when it is another account; null for the caller's own.</summary>
        public string? BucketOwner { get; set; }
    }
}
