namespace BedrockPS.Core.Models
{
    /// <summary>A managed word-list match.</summary>
    public sealed class GuardrailManagedWord
    {
        /// <summary>The word found.</summary>
        public string? Match { get; set; }

        /// <summary>The managed list it is on; PROFANITY is the only one.</summary>
        public string? Type { get; set; }

        /// <summary>BLOCKED or NONE.</summary>
        public string? Action { get; set; }

        /// <summary>True when the word breaches the configuration.</summary>
        public bool? Detected { get; set; }
    }
}
