namespace BedrockPS.Core.Models
{
    /// <summary>The guardrail applied to a Converse call.</summary>
    public sealed class GuardrailConfiguration
    {
        /// <summary>Guardrail id or ARN.</summary>
        public string? GuardrailIdentifier { get; set; }

        /// <summary>Guardrail version number, or "DRAFT".</summary>
        public string? GuardrailVersion { get; set; }

        /// <summary>enabled, disabled or enabled_full.</summary>
        public string? Trace { get; set; }

        /// <summary>sync or async; ConverseStream only (the client drops it for Converse).</summary>
        public string? StreamProcessingMode { get; set; }
    }
}
