namespace BedrockPS.Core.Models
{
    /// <summary>How much of the content was guarded.</summary>
    public sealed class GuardrailCoverage
    {
        /// <summary>Text characters assessed of the total.</summary>
        public GuardrailCoverageCount? TextCharacters { get; set; }

        /// <summary>Images assessed of the total.</summary>
        public GuardrailCoverageCount? Images { get; set; }
    }
}
