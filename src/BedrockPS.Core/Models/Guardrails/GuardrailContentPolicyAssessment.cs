using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>Content filters triggered.</summary>
    public sealed class GuardrailContentPolicyAssessment
    {
        public List<GuardrailContentFilter>? Filters { get; set; }
    }
}
