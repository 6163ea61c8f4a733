namespace BedrockPS.Core.Models
{
    /// <summary>Image bytes for a guardrail.</summary>
    public sealed class GuardrailImageSource
    {
        /// <summary>The image file's raw bytes (base64 on the wire).</summary>
        public byte[]? Bytes { get; set; }
    }
}
