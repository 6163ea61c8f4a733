namespace BedrockPS.Core.Models
{
    /// <summary>Cost and coverage of a guardrail check.</summary>
    public sealed class GuardrailInvocationMetrics
    {
        /// <summary>Time the guardrail took, in milliseconds.</summary>
        public long? GuardrailProcessingLatency { get; set; }

        /// <summary>Policy units consumed.</summary>
        public GuardrailUsage? Usage { get; set; }

        /// <summary>How much of the content was assessed.</summary>
        public GuardrailCoverage? GuardrailCoverage { get; set; }
    }
}
