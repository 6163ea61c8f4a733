namespace BedrockPS.Core.Models
{
    /// <summary>Trace information of a call.</summary>
    public sealed class ConverseTrace
    {
        public GuardrailTraceAssessment? Guardrail { get; set; }

        public PromptRouterTrace? PromptRouter { get; set; }
    }
}
