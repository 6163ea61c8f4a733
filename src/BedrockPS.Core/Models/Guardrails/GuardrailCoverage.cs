namespace BedrockPS.Core.Models
{
    /// <summary>How much of the content was guarded.</summary>
    public sealed class GuardrailCoverage
    {
        public GuardrailCoverageCount? TextCharacters { get; set; }

        public GuardrailCoverageCount? Images { get; set; }
    }
}
