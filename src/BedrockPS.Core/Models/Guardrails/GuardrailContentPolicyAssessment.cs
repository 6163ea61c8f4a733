using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>Content filters triggered.</summary>
    public sealed class GuardrailContentPolicyAssessment
    {
        /// <summary>One entry per content filter that matched.</summary>
        public List<GuardrailContentFilter>? Filters { get; set; }
    }
}
