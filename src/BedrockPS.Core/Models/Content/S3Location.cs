namespace BedrockPS.Core.Models
{
    /// <summary>An S3 object reference.</summary>
    public sealed class S3Location
    {
        public string? Uri { get; set; }

        public string? BucketOwner { get; set; }
    }
}
