namespace BedrockPS.Core.Models
{
    /// <summary>The model's reasoning: readable text with a signature, or redacted bytes.</summary>
    public sealed class ReasoningContentBlock
    {
        public ReasoningTextBlock? ReasoningText { get; set; }

        public byte[]? RedactedContent { get; set; }
    }
}
