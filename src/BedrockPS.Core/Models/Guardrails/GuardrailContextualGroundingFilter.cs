namespace BedrockPS.Core.Models
{
    /// <summary>One grounding or relevance check.</summary>
    public sealed class GuardrailContextualGroundingFilter
    {
        /// <summary>GROUNDING (is the answer supported by the source) or RELEVANCE (does it answer the query).</summary>
        public string? Type { get; set; }

        /// <summary>Configured threshold, 0 to 1; a score below it fails the check.</summary>
        public double? Threshold { get; set; }

        /// <summary>Score the check gave, 0 to 1.</summary>
        public double? Score { get; set; }

        /// <summary>BLOCKED or NONE.</summary>
        public string? Action { get; set; }

        /// <summary>True when the score fell below the threshold.</summary>
        public bool? Detected { get; set; }
    }
}
