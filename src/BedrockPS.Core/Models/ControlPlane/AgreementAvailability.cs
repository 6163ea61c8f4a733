namespace BedrockPS.Core.Models
{
    /// <summary>The state of the model provider's end-user licence agreement for this account.</summary>
    public sealed class AgreementAvailability
    {
        /// <summary>AVAILABLE, PENDING, NOT_AVAILABLE or ERROR.</summary>
        public string? Status { get; set; }

        public string? ErrorMessage { get; set; }
    }
}
