using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>The premises contradict each other.</summary>
    public sealed class GuardrailAutomatedReasoningImpossibleFinding
    {
        public GuardrailAutomatedReasoningTranslation? Translation { get; set; }

        public List<GuardrailAutomatedReasoningRule>? ContradictingRules { get; set; }

        public GuardrailAutomatedReasoningLogicWarning? LogicWarning { get; set; }
    }
}
