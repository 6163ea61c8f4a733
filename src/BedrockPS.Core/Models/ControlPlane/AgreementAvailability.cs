namespace BedrockPS.Core.Models
{
    /// <summary>The state of the model provider's end-user licence agreement for this account.</summary>
    public sealed class AgreementAvailability
    {
        /// <summary>AVAILABLE, PENDING, NOT_AVAILABLE or ERROR.</summary>
        public string? Status { get; set; }

        /// <summary>Why the agreement state could not be read; set only when <see cref="Status"/> is ERROR.</summary>
        public string? ErrorMessage { get; set; }
    }
}
