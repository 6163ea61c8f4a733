namespace BedrockPS.Core.Models
{
    /// <summary>Input text that could not be translated.</summary>
    public sealed class GuardrailAutomatedReasoningInputTextReference
    {
        /// <summary>The part of the input that could not be translated.</summary>
        public string? Text { get; set; }
    }
}
