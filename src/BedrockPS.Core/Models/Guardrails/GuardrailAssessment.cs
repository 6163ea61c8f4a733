using System.Text.Json;

namespace BedrockPS.Core.Models
{
    /// <summary>What each guardrail policy found. The automated-reasoning findings are a deep tree and are kept as raw JSON.</summary>
    public sealed class GuardrailAssessment
    {
        public GuardrailTopicPolicyAssessment? TopicPolicy { get; set; }

        public GuardrailContentPolicyAssessment? ContentPolicy { get; set; }

        public GuardrailWordPolicyAssessment? WordPolicy { get; set; }

        public GuardrailSensitiveInformationPolicyAssessment? SensitiveInformationPolicy { get; set; }

        public GuardrailContextualGroundingPolicyAssessment? ContextualGroundingPolicy { get; set; }

        public JsonElement? AutomatedReasoningPolicy { get; set; }

        public GuardrailInvocationMetrics? InvocationMetrics { get; set; }

        public AppliedGuardrailDetails? AppliedGuardrailDetails { get; set; }
    }
}
