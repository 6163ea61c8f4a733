namespace BedrockPS.Core.Models
{
    /// <summary>Policy units consumed.</summary>
    public sealed class GuardrailUsage
    {
        public int? TopicPolicyUnits { get; set; }

        public int? ContentPolicyUnits { get; set; }

        public int? WordPolicyUnits { get; set; }

        public int? SensitiveInformationPolicyUnits { get; set; }

        public int? SensitiveInformationPolicyFreeUnits { get; set; }

        public int? ContextualGroundingPolicyUnits { get; set; }

        public int? ContentPolicyImageUnits { get; set; }

        public int? AutomatedReasoningPolicyUnits { get; set; }

        public int? AutomatedReasoningPolicies { get; set; }
    }
}
