namespace BedrockPS.Core.Models
{
    /// <summary>A policy rule.</summary>
    public sealed class GuardrailAutomatedReasoningRule
    {
        /// <summary>The rule's id within its policy (up to 12 characters).</summary>
        public string? Identifier { get; set; }

        /// <summary>ARN of the policy version that holds the rule.</summary>
        public string? PolicyVersionArn { get; set; }
    }
}
