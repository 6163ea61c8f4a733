namespace BedrockPS.Core.Models
{
    /// <summary>Image bytes for a guardrail.</summary>
    public sealed class GuardrailImageSource
    {
        public byte[]? Bytes { get; set; }
    }
}
