using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>Denied topics found.</summary>
    public sealed class GuardrailTopicPolicyAssessment
    {
        /// <summary>The denied topics found.</summary>
        public List<GuardrailTopic>? Topics { get; set; }
    }
}
