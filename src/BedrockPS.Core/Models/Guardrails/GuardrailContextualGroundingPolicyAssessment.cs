using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>Grounding and relevance checks.</summary>
    public sealed class GuardrailContextualGroundingPolicyAssessment
    {
        /// <summary>The grounding and relevance results.</summary>
        public List<GuardrailContextualGroundingFilter>? Filters { get; set; }
    }
}
