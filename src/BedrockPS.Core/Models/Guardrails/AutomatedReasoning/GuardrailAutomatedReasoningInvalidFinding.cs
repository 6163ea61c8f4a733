using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>The claims contradict the policy.</summary>
    public sealed class GuardrailAutomatedReasoningInvalidFinding
    {
        /// <summary>The input as translated into logic.</summary>
        public GuardrailAutomatedReasoningTranslation? Translation { get; set; }

        /// <summary>Policy rules the claims contradict.</summary>
        public List<GuardrailAutomatedReasoningRule>? ContradictingRules { get; set; }

        /// <summary>A problem in the translated statements themselves, independent of the rules.</summary>
        public GuardrailAutomatedReasoningLogicWarning? LogicWarning { get; set; }
    }
}
