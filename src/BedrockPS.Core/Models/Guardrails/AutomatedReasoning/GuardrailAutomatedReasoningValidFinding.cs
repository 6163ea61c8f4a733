using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>The claims follow from the premises.</summary>
    public sealed class GuardrailAutomatedReasoningValidFinding
    {
        public GuardrailAutomatedReasoningTranslation? Translation { get; set; }

        public GuardrailAutomatedReasoningScenario? ClaimsTrueScenario { get; set; }

        public List<GuardrailAutomatedReasoningRule>? SupportingRules { get; set; }

        public GuardrailAutomatedReasoningLogicWarning? LogicWarning { get; set; }
    }
}
