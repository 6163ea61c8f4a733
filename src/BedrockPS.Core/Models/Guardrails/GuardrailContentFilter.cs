namespace BedrockPS.Core.Models
{
    /// <summary>A content filter result.</summary>
    public sealed class GuardrailContentFilter
    {
        public string? Type { get; set; }

        public string? Confidence { get; set; }

        public string? FilterStrength { get; set; }

        public string? Action { get; set; }

        public bool? Detected { get; set; }
    }
}
