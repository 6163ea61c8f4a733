using System.Collections.Generic;
using System.Text.Json;

namespace BedrockPS.Core.Models
{
    /// <summary>The body of Converse and ConverseStream (the model id goes in the path).</summary>
    public sealed class ConverseRequest
    {
        /// <summary>The conversation so far, oldest first, alternating user and assistant; the last one is normally the user's turn.</summary>
        public List<Message> Messages { get; set; } = new List<Message>();

        /// <summary>System prompt blocks (instructions, persona); null sends none.</summary>
        public List<SystemContentBlock>? System { get; set; }

        /// <summary>Common sampling limits (max tokens, temperature, top-p, stop sequences); null uses the model's defaults.</summary>
        public InferenceConfiguration? InferenceConfig { get; set; }

        /// <summary>Tools the model may call; null offers none. Required when the history contains tool calls or results.</summary>
        public ToolConfiguration? ToolConfig { get; set; }

        /// <summary>Guardrail applied to input and output; null applies none.</summary>
        public GuardrailConfiguration? GuardrailConfig { get; set; }

        /// <summary>Model-specific fields, passed through unchanged.</summary>
        public JsonElement? AdditionalModelRequestFields { get; set; }

        /// <summary>Values for the variables of a managed prompt, by variable name; ignored unless the model id is a prompt ARN.</summary>
        public Dictionary<string, PromptVariableValues>? PromptVariables { get; set; }

        /// <summary>JSON pointers, at most 10.</summary>
        public List<string>? AdditionalModelResponseFieldPaths { get; set; }

        /// <summary>Key/value tags written to invocation logs (1 to 16 entries); not seen by the model.</summary>
        public Dictionary<string, string>? RequestMetadata { get; set; }

        /// <summary>Latency-optimised inference choice; null means standard.</summary>
        public PerformanceConfiguration? PerformanceConfig { get; set; }

        /// <summary>Processing tier the request asks for; null lets the service choose the default tier.</summary>
        public ServiceTier? ServiceTier { get; set; }

        /// <summary>Structured output (JSON schema) and effort settings; null leaves the answer free-form.</summary>
        public OutputConfig? OutputConfig { get; set; }
    }
}
