namespace BedrockPS.Core.Models
{
    /// <summary>A policy rule.</summary>
    public sealed class GuardrailAutomatedReasoningRule
    {
        public string? Identifier { get; set; }

        public string? PolicyVersionArn { get; set; }
    }
}
