namespace BedrockPS.Core.Models
{
    /// <summary>A finding kind with no details (tooComplex, noTranslations).</summary>
    public sealed class GuardrailAutomatedReasoningEmptyFinding
    {
    }
}
