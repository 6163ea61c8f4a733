namespace BedrockPS.Core.Models
{
    /// <summary>Policy units consumed.</summary>
    public sealed class GuardrailUsage
    {
        /// <summary>Text units (1,000 characters each) the denied-topic policy processed.</summary>
        public int? TopicPolicyUnits { get; set; }

        /// <summary>Text units the content filters processed.</summary>
        public int? ContentPolicyUnits { get; set; }

        /// <summary>Text units the word filters processed.</summary>
        public int? WordPolicyUnits { get; set; }

        /// <summary>Text units the sensitive-information policy processed (billed).</summary>
        public int? SensitiveInformationPolicyUnits { get; set; }

        /// <summary>Text units the sensitive-information policy processed free of charge.</summary>
        public int? SensitiveInformationPolicyFreeUnits { get; set; }

        /// <summary>Text units the grounding check processed.</summary>
        public int? ContextualGroundingPolicyUnits { get; set; }

        /// <summary>Images the content filters processed.</summary>
        public int? ContentPolicyImageUnits { get; set; }

        /// <summary>Text units the automated reasoning checks processed.</summary>
        public int? AutomatedReasoningPolicyUnits { get; set; }

        /// <summary>How many automated reasoning policies ran.</summary>
        public int? AutomatedReasoningPolicies { get; set; }
    }
}
