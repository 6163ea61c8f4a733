namespace BedrockPS.Core.Models
{
    /// <summary>The answer to CreateInferenceProfile.</summary>
    public sealed class CreateInferenceProfileResult
    {
        /// <summary>ARN of the profile created; use it as a model id.</summary>
        public string? InferenceProfileArn { get; set; }

        /// <summary>ACTIVE once the profile can be used.</summary>
        public string? Status { get; set; }
    }
}
