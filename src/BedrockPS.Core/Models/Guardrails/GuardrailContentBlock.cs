namespace BedrockPS.Core.Models
{
    /// <summary>Content checked by a guardrail (guardContent in Converse, content in ApplyGuardrail).</summary>
    public sealed class GuardrailContentBlock
    {
        /// <summary>Text to assess.</summary>
        public GuardrailTextBlock? Text { get; set; }

        /// <summary>An image to assess.</summary>
        public GuardrailImageBlock? Image { get; set; }
    }
}
