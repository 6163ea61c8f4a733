namespace BedrockPS.Core.Models
{
    /// <summary>Reasoning text and its signature.</summary>
    public sealed class ReasoningTextBlock
    {
        public string? Text { get; set; }

        public string? Signature { get; set; }
    }
}
