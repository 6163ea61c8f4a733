namespace BedrockPS.Core.Models
{
    /// <summary>A statement in logic and in words.</summary>
    public sealed class GuardrailAutomatedReasoningStatement
    {
        /// <summary>The statement in the policy's formal logic.</summary>
        public string? Logic { get; set; }

        /// <summary>The statement in plain words.</summary>
        public string? NaturalLanguage { get; set; }
    }
}
