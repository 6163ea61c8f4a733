using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace BedrockPS.Core.Models
{
    /// <summary>The result of ApplyGuardrail.</summary>
    public sealed class ApplyGuardrailResponse
    {
        /// <summary>Policy units the call consumed (what it is billed on).</summary>
        public GuardrailUsage? Usage { get; set; }

        /// <summary>NONE or GUARDRAIL_INTERVENED.</summary>
        public string? Action { get; set; }

        /// <summary>The service's explanation when the guardrail intervened.</summary>
        public string? ActionReason { get; set; }

        /// <summary>The content after the guardrail acted: the blocked message, or text with sensitive data masked.</summary>
        public List<TextContentBlock>? Outputs { get; set; }

        /// <summary>What each policy found, one entry per guardrail applied.</summary>
        public List<GuardrailAssessment>? Assessments { get; set; }

        /// <summary>How many characters and images were assessed of the total.</summary>
        public GuardrailCoverage? GuardrailCoverage { get; set; }

        /// <summary>From the x-amzn-RequestId header.</summary>
        [JsonIgnore] public string? RequestId { get; set; }

        /// <summary>How many HTTP attempts the call took.</summary>
        [JsonIgnore] public int Attempts { get; set; }
    }
}
