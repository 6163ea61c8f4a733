namespace BedrockPS.Core.Models
{
    /// <summary>Guarded versus total.</summary>
    public sealed class GuardrailCoverageCount
    {
        /// <summary>How many were assessed.</summary>
        public int? Guarded { get; set; }

        /// <summary>How many there were in all.</summary>
        public int? Total { get; set; }
    }
}
