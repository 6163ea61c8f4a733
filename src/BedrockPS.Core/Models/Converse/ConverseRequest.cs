using System.Collections.Generic;
using System.Text.Json;

namespace BedrockPS.Core.Models
{
    /// <summary>The body of Converse and ConverseStream (the model id goes in the path).</summary>
    public sealed class ConverseRequest
    {
        public List<Message> Messages { get; set; } = new List<Message>();

        public List<SystemContentBlock>? System { get; set; }

        public InferenceConfiguration? InferenceConfig { get; set; }

        public ToolConfiguration? ToolConfig { get; set; }

        public GuardrailConfiguration? GuardrailConfig { get; set; }

        /// <summary>Model-specific fields, passed through unchanged.</summary>
        public JsonElement? AdditionalModelRequestFields { get; set; }

        public Dictionary<string, PromptVariableValues>? PromptVariables { get; set; }

        /// <summary>JSON pointers, at most 10.</summary>
        public List<string>? AdditionalModelResponseFieldPaths { get; set; }

        public Dictionary<string, string>? RequestMetadata { get; set; }

        public PerformanceConfiguration? PerformanceConfig { get; set; }

        public ServiceTier? ServiceTier { get; set; }

        public OutputConfig? OutputConfig { get; set; }
    }
}
