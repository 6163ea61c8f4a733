namespace BedrockPS.Core.Models
{
    /// <summary>A model an inference profile routes to.</summary>
    public sealed class InferenceProfileModel
    {
        public string? ModelArn { get; set; }
    }
}
