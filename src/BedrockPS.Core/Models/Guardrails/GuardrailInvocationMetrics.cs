namespace BedrockPS.Core.Models
{
    /// <summary>Cost and coverage of a guardrail check.</summary>
    public sealed class GuardrailInvocationMetrics
    {
        public long? GuardrailProcessingLatency { get; set; }

        public GuardrailUsage? Usage { get; set; }

        public GuardrailCoverage? GuardrailCoverage { get; set; }
    }
}
