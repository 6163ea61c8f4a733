namespace BedrockPS.Core.Models
{
    /// <summary>A content filter result.</summary>
    public sealed class GuardrailContentFilter
    {
        /// <summary>Filter category: INSULTS, HATE, SEXUAL, VIOLENCE, MISCONDUCT or PROMPT_ATTACK.</summary>
        public string? Type { get; set; }

        /// <summary>How sure the filter is: NONE, LOW, MEDIUM or HIGH.</summary>
        public string? Confidence { get; set; }

        /// <summary>The strength the filter is configured with: NONE, LOW, MEDIUM or HIGH.</summary>
        public string? FilterStrength { get; set; }

        /// <summary>BLOCKED or NONE.</summary>
        public string? Action { get; set; }

        /// <summary>True when the content breaches the configured filter.</summary>
        public bool? Detected { get; set; }
    }
}
