namespace BedrockPS.Core.Models
{
    /// <summary>One grounding or relevance check.</summary>
    public sealed class GuardrailContextualGroundingFilter
    {
        public string? Type { get; set; }

        public double? Threshold { get; set; }

        public double? Score { get; set; }

        public string? Action { get; set; }

        public bool? Detected { get; set; }
    }
}
