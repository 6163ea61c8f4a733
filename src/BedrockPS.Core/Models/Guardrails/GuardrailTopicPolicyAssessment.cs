using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>Denied topics found.</summary>
    public sealed class GuardrailTopicPolicyAssessment
    {
        public List<GuardrailTopic>? Topics { get; set; }
    }
}
