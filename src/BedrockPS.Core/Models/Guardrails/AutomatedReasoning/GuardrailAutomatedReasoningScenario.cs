using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>A set of statements that holds together.</summary>
    public sealed class GuardrailAutomatedReasoningScenario
    {
        /// <summary>The statements that make up the scenario.</summary>
        public List<GuardrailAutomatedReasoningStatement>? Statements { get; set; }
    }
}
