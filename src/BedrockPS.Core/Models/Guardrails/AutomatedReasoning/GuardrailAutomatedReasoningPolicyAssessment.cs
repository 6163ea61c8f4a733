using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>What the automated-reasoning policy found.</summary>
    public sealed class GuardrailAutomatedReasoningPolicyAssessment
    {
        /// <summary>One finding per claim checked, each of exactly one kind.</summary>
        public List<GuardrailAutomatedReasoningFinding>? Findings { get; set; }
    }
}
