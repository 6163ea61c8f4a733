namespace BedrockPS.Core.Models
{
    /// <summary>One finding (union: exactly one member set).</summary>
    public sealed class GuardrailAutomatedReasoningFinding
    {
        /// <summary>The claims follow from the premises and the policy rules.</summary>
        public GuardrailAutomatedReasoningValidFinding? Valid { get; set; }

        /// <summary>The claims contradict the premises or the policy rules.</summary>
        public GuardrailAutomatedReasoningInvalidFinding? Invalid { get; set; }

        /// <summary>The claims may be true or false depending on facts the input does not give.</summary>
        public GuardrailAutomatedReasoningSatisfiableFinding? Satisfiable { get; set; }

        /// <summary>No conclusion is possible because the premises or rules contradict each other.</summary>
        public GuardrailAutomatedReasoningImpossibleFinding? Impossible { get; set; }

        /// <summary>The input can be read in more than one way.</summary>
        public GuardrailAutomatedReasoningTranslationAmbiguousFinding? TranslationAmbiguous { get; set; }

        /// <summary>The input was too large or complex to analyse.</summary>
        public GuardrailAutomatedReasoningEmptyFinding? TooComplex { get; set; }

        /// <summary>Nothing in the input could be checked against the policy.</summary>
        public GuardrailAutomatedReasoningEmptyFinding? NoTranslations { get; set; }
    }
}
