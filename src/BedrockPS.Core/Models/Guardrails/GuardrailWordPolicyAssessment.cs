using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>Word filters triggered.</summary>
    public sealed class GuardrailWordPolicyAssessment
    {
        /// <summary>Custom words found.</summary>
        public List<GuardrailCustomWord>? CustomWords { get; set; }

        /// <summary>Words from managed lists (profanity) found.</summary>
        public List<GuardrailManagedWord>? ManagedWordLists { get; set; }
    }
}
