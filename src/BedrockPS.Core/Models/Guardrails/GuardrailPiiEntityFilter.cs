namespace BedrockPS.Core.Models
{
    /// <summary>A PII match.</summary>
    public sealed class GuardrailPiiEntityFilter
    {
        public string? Match { get; set; }

        public string? Type { get; set; }

        public string? Action { get; set; }

        public bool? Detected { get; set; }
    }
}
