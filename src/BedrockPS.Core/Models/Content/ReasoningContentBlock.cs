namespace BedrockPS.Core.Models
{
    /// <summary>The model's reasoning: readable text with a signature, or redacted bytes.</summary>
    public sealed class ReasoningContentBlock
    {
        /// <summary>Readable reasoning with its signature.</summary>
        public ReasoningTextBlock? ReasoningText { get; set; }

        /// <summary>Reasoning the provider encrypted; opaque, sent back as received.</summary>
        public byte[]? RedactedContent { get; set; }
    }
}
