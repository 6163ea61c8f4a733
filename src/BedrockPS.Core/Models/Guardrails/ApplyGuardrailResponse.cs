using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace BedrockPS.Core.Models
{
    /// <summary>The result of ApplyGuardrail.</summary>
    public sealed class ApplyGuardrailResponse
    {
        public GuardrailUsage? Usage { get; set; }

        /// <summary>NONE or GUARDRAIL_INTERVENED.</summary>
        public string? Action { get; set; }

        public string? ActionReason { get; set; }

        public List<TextContentBlock>? Outputs { get; set; }

        public List<GuardrailAssessment>? Assessments { get; set; }

        public GuardrailCoverage? GuardrailCoverage { get; set; }

        /// <summary>From the x-amzn-RequestId header.</summary>
        [JsonIgnore] public string? RequestId { get; set; }

        /// <summary>How many HTTP attempts the call took.</summary>
        [JsonIgnore] public int Attempts { get; set; }
    }
}
