namespace BedrockPS.Core.Models
{
    /// <summary>A model an inference profile routes to.</summary>
    public sealed class InferenceProfileModel
    {
        /// <summary>ARN of a foundation model in a region the profile routes to.</summary>
        public string? ModelArn { get; set; }
    }
}
