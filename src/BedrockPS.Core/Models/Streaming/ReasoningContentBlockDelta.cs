namespace BedrockPS.Core.Models
{
    /// <summary>A fragment of reasoning (one member set).</summary>
    public sealed class ReasoningContentBlockDelta
    {
        public string? Text { get; set; }

        public byte[]? RedactedContent { get; set; }

        public string? Signature { get; set; }
    }
}
