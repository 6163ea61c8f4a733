namespace BedrockPS.Core.Models
{
    /// <summary>The answer to CreateInferenceProfile.</summary>
    public sealed class CreateInferenceProfileResult
    {
        public string? InferenceProfileArn { get; set; }

        public string? Status { get; set; }
    }
}
