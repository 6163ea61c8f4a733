using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>Word filters triggered.</summary>
    public sealed class GuardrailWordPolicyAssessment
    {
        public List<GuardrailCustomWord>? CustomWords { get; set; }

        public List<GuardrailManagedWord>? ManagedWordLists { get; set; }
    }
}
