namespace BedrockPS.Core.Models
{
    /// <summary>A custom word match.</summary>
    public sealed class GuardrailCustomWord
    {
        public string? Match { get; set; }

        public string? Action { get; set; }

        public bool? Detected { get; set; }
    }
}
