namespace BedrockPS.Core.Models
{
    /// <summary>A statement in logic and in words.</summary>
    public sealed class GuardrailAutomatedReasoningStatement
    {
        public string? Logic { get; set; }

        public string? NaturalLanguage { get; set; }
    }
}
