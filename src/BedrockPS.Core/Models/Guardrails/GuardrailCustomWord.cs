namespace BedrockPS.Core.Models
{
    /// <summary>A custom word match.</summary>
    public sealed class GuardrailCustomWord
    {
        /// <summary>The custom word found.</summary>
        public string? Match { get; set; }

        /// <summary>BLOCKED or NONE.</summary>
        public string? Action { get; set; }

        /// <summary>True when the word breaches the configuration.</summary>
        public bool? Detected { get; set; }
    }
}
