using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>A warning about the logic itself.</summary>
    public sealed class GuardrailAutomatedReasoningLogicWarning
    {
        /// <summary>ALWAYS_FALSE or ALWAYS_TRUE.</summary>
        public string? Type { get; set; }

        public List<GuardrailAutomatedReasoningStatement>? Premises { get; set; }

        public List<GuardrailAutomatedReasoningStatement>? Claims { get; set; }
    }
}
