using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>Guardrail trace of a Converse call.</summary>
    public sealed class GuardrailTraceAssessment
    {
        public List<string>? ModelOutput { get; set; }

        public Dictionary<string, GuardrailAssessment>? InputAssessment { get; set; }

        public Dictionary<string, List<GuardrailAssessment>>? OutputAssessments { get; set; }

        public string? ActionReason { get; set; }
    }
}
