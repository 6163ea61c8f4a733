namespace BedrockPS.Core.Models
{
    /// <summary>Where a job reads its records (a union with one member today).</summary>
    public sealed class ModelInvocationJobInputDataConfig
    {
        /// <summary>The S3 location of the input.</summary>
        public ModelInvocationJobS3InputDataConfig? S3InputDataConfig { get; set; }
    }
}
