namespace BedrockPS.Core.Models
{
    /// <summary>An image checked by a guardrail.</summary>
    public sealed class GuardrailImageBlock
    {
        /// <summary>png or jpeg.</summary>
        public string? Format { get; set; }

        /// <summary>The image bytes.</summary>
        public GuardrailImageSource? Source { get; set; }
    }
}
