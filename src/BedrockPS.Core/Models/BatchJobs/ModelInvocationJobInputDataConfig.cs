namespace BedrockPS.Core.Models
{
    /// <summary>Where a job reads its records (a union with one member today).</summary>
    public sealed class ModelInvocationJobInputDataConfig
    {
        public ModelInvocationJobS3InputDataConfig? S3InputDataConfig { get; set; }
    }
}
