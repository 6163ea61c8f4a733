namespace BedrockPS.Core.Models
{
    /// <summary>The claims can be true or false.</summary>
    public sealed class GuardrailAutomatedReasoningSatisfiableFinding
    {
        public GuardrailAutomatedReasoningTranslation? Translation { get; set; }

        public GuardrailAutomatedReasoningScenario? ClaimsTrueScenario { get; set; }

        public GuardrailAutomatedReasoningScenario? ClaimsFalseScenario { get; set; }

        public GuardrailAutomatedReasoningLogicWarning? LogicWarning { get; set; }
    }
}
