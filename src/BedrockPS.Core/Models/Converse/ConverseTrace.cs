namespace BedrockPS.Core.Models
{
    /// <summary>Trace of a Converse call (wire trace): the guardrail's assessments and the model a prompt router chose.</summary>
    public sealed class ConverseTrace
    {
        /// <summary>What the guardrail found in the input and output; set when guardrail trace is on.</summary>
        public GuardrailTraceAssessment? Guardrail { get; set; }

        /// <summary>The model a prompt router picked; set when the model id was a router.</summary>
        public PromptRouterTrace? PromptRouter { get; set; }
    }
}
