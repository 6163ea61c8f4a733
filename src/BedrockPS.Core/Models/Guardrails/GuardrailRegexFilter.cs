namespace BedrockPS.Core.Models
{
    /// <summary>A regex match.</summary>
    public sealed class GuardrailRegexFilter
    {
        /// <summary>Name of the configured regex filter.</summary>
        public string? Name { get; set; }

        /// <summary>The text that matched.</summary>
        public string? Match { get; set; }

        /// <summary>The configured pattern.</summary>
        public string? Regex { get; set; }

        /// <summary>ANONYMIZED (masked in the output), BLOCKED or NONE.</summary>
        public string? Action { get; set; }

        /// <summary>True when the match breaches the configuration.</summary>
        public bool? Detected { get; set; }
    }
}
