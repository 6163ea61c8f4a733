namespace BedrockPS.Core.Models
{
    /// <summary>One finding (union: exactly one member set).</summary>
    public sealed class GuardrailAutomatedReasoningFinding
    {
        public GuardrailAutomatedReasoningValidFinding? Valid { get; set; }

        public GuardrailAutomatedReasoningInvalidFinding? Invalid { get; set; }

        public GuardrailAutomatedReasoningSatisfiableFinding? Satisfiable { get; set; }

        public GuardrailAutomatedReasoningImpossibleFinding? Impossible { get; set; }

        public GuardrailAutomatedReasoningTranslationAmbiguousFinding? TranslationAmbiguous { get; set; }

        public GuardrailAutomatedReasoningEmptyFinding? TooComplex { get; set; }

        public GuardrailAutomatedReasoningEmptyFinding? NoTranslations { get; set; }
    }
}
