namespace BedrockPS.Core.Models
{
    /// <summary>What each guardrail policy found.</summary>
    public sealed class GuardrailAssessment
    {
        public GuardrailTopicPolicyAssessment? TopicPolicy { get; set; }

        public GuardrailContentPolicyAssessment? ContentPolicy { get; set; }

        public GuardrailWordPolicyAssessment? WordPolicy { get; set; }

        public GuardrailSensitiveInformationPolicyAssessment? SensitiveInformationPolicy { get; set; }

        public GuardrailContextualGroundingPolicyAssessment? ContextualGroundingPolicy { get; set; }

        public GuardrailAutomatedReasoningPolicyAssessment? AutomatedReasoningPolicy { get; set; }

        public GuardrailInvocationMetrics? InvocationMetrics { get; set; }

        public AppliedGuardrailDetails? AppliedGuardrailDetails { get; set; }
    }
}
