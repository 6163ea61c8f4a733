namespace BedrockPS.Core.Models
{
    /// <summary>What an application inference profile is made from: the ARN of a foundation model or a system-defined profile.</summary>
    public sealed class InferenceProfileModelSource
    {
        /// <summary>ARN of the foundation model or system-defined inference profile to copy.</summary>
        public string? CopyFrom { get; set; }
    }
}
