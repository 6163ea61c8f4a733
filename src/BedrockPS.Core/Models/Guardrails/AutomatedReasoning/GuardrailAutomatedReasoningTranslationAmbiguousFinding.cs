using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>The input has several readings.</summary>
    public sealed class GuardrailAutomatedReasoningTranslationAmbiguousFinding
    {
        /// <summary>The different readings (at most two).</summary>
        public List<GuardrailAutomatedReasoningTranslationOption>? Options { get; set; }

        /// <summary>Situations that show how the readings differ (at most two).</summary>
        public List<GuardrailAutomatedReasoningScenario>? DifferenceScenarios { get; set; }
    }
}
