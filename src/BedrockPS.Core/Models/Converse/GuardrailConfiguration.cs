namespace BedrockPS.Core.Models
{
    /// <summary>The guardrail applied to a Converse call.</summary>
    public sealed class GuardrailConfiguration
    {
        public string? GuardrailIdentifier { get; set; }

        public string? GuardrailVersion { get; set; }

        /// <summary>enabled, disabled or enabled_full.</summary>
        public string? Trace { get; set; }

        /// <summary>sync or async; ConverseStream only (the client drops it for Converse).</summary>
        public string? StreamProcessingMode { get; set; }
    }
}
