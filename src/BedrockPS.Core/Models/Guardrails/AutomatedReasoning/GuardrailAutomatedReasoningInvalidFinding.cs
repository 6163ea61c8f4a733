using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>The claims contradict the policy.</summary>
    public sealed class GuardrailAutomatedReasoningInvalidFinding
    {
        public GuardrailAutomatedReasoningTranslation? Translation { get; set; }

        public List<GuardrailAutomatedReasoningRule>? ContradictingRules { get; set; }

        public GuardrailAutomatedReasoningLogicWarning? LogicWarning { get; set; }
    }
}
