namespace BedrockPS.Core.Models
{
    /// <summary>A fragment of reasoning (one member set).</summary>
    public sealed class ReasoningContentBlockDelta
    {
        /// <summary>A piece of readable reasoning text.</summary>
        public string? Text { get; set; }

        /// <summary>Reasoning the provider encrypted; opaque.</summary>
        public byte[]? RedactedContent { get; set; }

        /// <summary>The signature of the reasoning text, sent once after the text.</summary>
        public string? Signature { get; set; }
    }
}
