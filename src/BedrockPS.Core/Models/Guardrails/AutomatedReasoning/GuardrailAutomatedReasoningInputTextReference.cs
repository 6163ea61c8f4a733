namespace BedrockPS.Core.Models
{
    /// <summary>Input text that could not be translated.</summary>
    public sealed class GuardrailAutomatedReasoningInputTextReference
    {
        public string? Text { get; set; }
    }
}
