namespace BedrockPS.Core.Models
{
    /// <summary>The claims can be true or false.</summary>
    public sealed class GuardrailAutomatedReasoningSatisfiableFinding
    {
        /// <summary>The input as translated into logic.</summary>
        public GuardrailAutomatedReasoningTranslation? Translation { get; set; }

        /// <summary>A situation in which the claims hold.</summary>
        public GuardrailAutomatedReasoningScenario? ClaimsTrueScenario { get; set; }

        /// <summary>A situation in which the claims do not hold.</summary>
        public GuardrailAutomatedReasoningScenario? ClaimsFalseScenario { get; set; }

        /// <summary>A problem in the translated statements themselves, independent of the rules.</summary>
        public GuardrailAutomatedReasoningLogicWarning? LogicWarning { get; set; }
    }
}
