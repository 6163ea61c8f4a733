namespace BedrockPS.Core.Models
{
    /// <summary>What an application inference profile is made from: the ARN of a foundation model or a system-defined profile.</summary>
    public sealed class InferenceProfileModelSource
    {
        public string? CopyFrom { get; set; }
    }
}
