namespace BedrockPS.Core.Models
{
    /// <summary>Guarded versus total.</summary>
    public sealed class GuardrailCoverageCount
    {
        public int? Guarded { get; set; }

        public int? Total { get; set; }
    }
}
