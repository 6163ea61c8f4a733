using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>The input has several readings.</summary>
    public sealed class GuardrailAutomatedReasoningTranslationAmbiguousFinding
    {
        public List<GuardrailAutomatedReasoningTranslationOption>? Options { get; set; }

        public List<GuardrailAutomatedReasoningScenario>? DifferenceScenarios { get; set; }
    }
}
