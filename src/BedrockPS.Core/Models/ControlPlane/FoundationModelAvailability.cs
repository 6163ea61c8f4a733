namespace BedrockPS.Core.Models
{
    /// <summary>GetFoundationModelAvailability: whether this account may use a foundation model in this region.</summary>
    public sealed class FoundationModelAvailability
    {
        /// <summary>The model the answer is about.</summary>
        public string? ModelId { get; set; }

        /// <summary>Whether the provider's licence agreement has been accepted for the account.</summary>
        public AgreementAvailability? AgreementAvailability { get; set; }

        /// <summary>AUTHORIZED or NOT_AUTHORIZED.</summary>
        public string? AuthorizationStatus { get; set; }

        /// <summary>AVAILABLE or NOT_AVAILABLE.</summary>
        public string? EntitlementAvailability { get; set; }

        /// <summary>AVAILABLE or NOT_AVAILABLE.</summary>
        public string? RegionAvailability { get; set; }
    }
}
