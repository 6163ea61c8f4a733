using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>A set of statements that holds together.</summary>
    public sealed class GuardrailAutomatedReasoningScenario
    {
        public List<GuardrailAutomatedReasoningStatement>? Statements { get; set; }
    }
}
