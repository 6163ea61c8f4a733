using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>The claims follow from the premises.</summary>
    public sealed class GuardrailAutomatedReasoningValidFinding
    {
        /// <summary>The input as translated into logic.</summary>
        public GuardrailAutomatedReasoningTranslation? Translation { get; set; }

        /// <summary>A situation showing the claims hold.</summary>
        public GuardrailAutomatedReasoningScenario? ClaimsTrueScenario { get; set; }

        /// <summary>Policy rules that make the claims hold.</summary>
        public List<GuardrailAutomatedReasoningRule>? SupportingRules { get; set; }

        /// <summary>A problem in the translated statements themselves, independent of the rules.</summary>
        public GuardrailAutomatedReasoningLogicWarning? LogicWarning { get; set; }
    }
}
