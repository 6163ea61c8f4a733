using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>Guardrail trace of a Converse call.</summary>
    public sealed class GuardrailTraceAssessment
    {
        /// <summary>The model's output as it was before the guardrail acted on it.</summary>
        public List<string>? ModelOutput { get; set; }

        /// <summary>Assessment of the input, keyed by guardrail id.</summary>
        public Dictionary<string, GuardrailAssessment>? InputAssessment { get; set; }

        /// <summary>Assessments of the output, keyed by guardrail id.</summary>
        public Dictionary<string, List<GuardrailAssessment>>? OutputAssessments { get; set; }

        /// <summary>The service's explanation when the guardrail intervened.</summary>
        public string? ActionReason { get; set; }
    }
}
