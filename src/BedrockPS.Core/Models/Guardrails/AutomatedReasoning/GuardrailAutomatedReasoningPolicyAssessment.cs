using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>What the automated-reasoning policy found.</summary>
    public sealed class GuardrailAutomatedReasoningPolicyAssessment
    {
        public List<GuardrailAutomatedReasoningFinding>? Findings { get; set; }
    }
}
