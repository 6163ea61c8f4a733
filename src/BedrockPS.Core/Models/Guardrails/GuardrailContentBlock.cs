namespace BedrockPS.Core.Models
{
    /// <summary>Content checked by a guardrail (guardContent in Converse, content in ApplyGuardrail).</summary>
    public sealed class GuardrailContentBlock
    {
        public GuardrailTextBlock? Text { get; set; }

        public GuardrailImageBlock? Image { get; set; }
    }
}
