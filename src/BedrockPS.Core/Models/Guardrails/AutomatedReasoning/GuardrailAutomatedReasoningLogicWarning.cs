using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>A warning about the logic itself.</summary>
    public sealed class GuardrailAutomatedReasoningLogicWarning
    {
        /// <summary>ALWAYS_FALSE or ALWAYS_TRUE.</summary>
        public string? Type { get; set; }

        /// <summary>The premises involved.</summary>
        public List<GuardrailAutomatedReasoningStatement>? Premises { get; set; }

        /// <summary>The claims involved.</summary>
        public List<GuardrailAutomatedReasoningStatement>? Claims { get; set; }
    }
}
