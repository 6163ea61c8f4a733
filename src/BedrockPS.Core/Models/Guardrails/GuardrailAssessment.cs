namespace BedrockPS.Core.Models
{
    /// <summary>What each guardrail policy found.</summary>
    public sealed class GuardrailAssessment
    {
        /// <summary>Denied topics found; null when the policy found nothing or is not configured.</summary>
        public GuardrailTopicPolicyAssessment? TopicPolicy { get; set; }

        /// <summary>Content filters triggered (hate, insults, prompt attack, ...).</summary>
        public GuardrailContentPolicyAssessment? ContentPolicy { get; set; }

        /// <summary>Custom and managed words found.</summary>
        public GuardrailWordPolicyAssessment? WordPolicy { get; set; }

        /// <summary>PII and regex matches.</summary>
        public GuardrailSensitiveInformationPolicyAssessment? SensitiveInformationPolicy { get; set; }

        /// <summary>Grounding and relevance scores.</summary>
        public GuardrailContextualGroundingPolicyAssessment? ContextualGroundingPolicy { get; set; }

        /// <summary>Findings of automated reasoning checks.</summary>
        public GuardrailAutomatedReasoningPolicyAssessment? AutomatedReasoningPolicy { get; set; }

        /// <summary>Latency, usage and coverage of this assessment.</summary>
        public GuardrailInvocationMetrics? InvocationMetrics { get; set; }

        /// <summary>Which guardrail produced this assessment.</summary>
        public AppliedGuardrailDetails? AppliedGuardrailDetails { get; set; }
    }
}
