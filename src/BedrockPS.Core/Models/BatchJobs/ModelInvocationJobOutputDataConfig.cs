namespace BedrockPS.Core.Models
{
    /// <summary>Where a job writes its results (a union with one member today).</summary>
    public sealed class ModelInvocationJobOutputDataConfig
    {
        /// <summary>The S3 location of the output.</summary>
        public ModelInvocationJobS3OutputDataConfig? S3OutputDataConfig { get; set; }
    }
}
