using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>The premises contradict each other.</summary>
    public sealed class GuardrailAutomatedReasoningImpossibleFinding
    {
        /// <summary>The input as translated into logic.</summary>
        public GuardrailAutomatedReasoningTranslation? Translation { get; set; }

        /// <summary>Policy rules that contradict the premises or claims.</summary>
        public List<GuardrailAutomatedReasoningRule>? ContradictingRules { get; set; }

        /// <summary>A problem in the translated statements themselves, independent of the rules.</summary>
        public GuardrailAutomatedReasoningLogicWarning? LogicWarning { get; set; }
    }
}
