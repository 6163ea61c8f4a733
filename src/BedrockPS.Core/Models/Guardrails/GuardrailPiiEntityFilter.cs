namespace BedrockPS.Core.Models
{
    /// <summary>A PII match.</summary>
    public sealed class GuardrailPiiEntityFilter
    {
        /// <summary>The text recognised as personal information.</summary>
        public string? Match { get; set; }

        /// <summary>Entity type, for example EMAIL, PHONE, NAME or CREDIT_DEBIT_CARD_NUMBER.</summary>
        public string? Type { get; set; }

        /// <summary>ANONYMIZED (masked in the output), BLOCKED or NONE.</summary>
        public string? Action { get; set; }

        /// <summary>True when the entity breaches the configuration.</summary>
        public bool? Detected { get; set; }
    }
}
