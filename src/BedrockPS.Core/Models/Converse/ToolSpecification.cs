using System.Text.Json;
using System.Text.Json.Serialization;
using BedrockPS.Core.Serialization;

namespace BedrockPS.Core.Models
{
    /// <summary>A tool the model may call.</summary>
    public sealed class ToolSpecification
    {
        /// <summary>Tool name the model calls it by (1 to 64 characters).</summary>
        public string? Name { get; set; }

        /// <summary>What the tool does and when to use it; the model reads this to decide.</summary>
        public string? Description { get; set; }

        /// <summary>The JSON schema of the tool input. On the wire it is wrapped as {"json": schema}.</summary>
        [JsonConverter(typeof(ToolInputSchemaConverter))]
        public JsonElement InputSchema { get; set; }

        /// <summary>True asks the service to enforce the input schema on the model's calls; null leaves it off.</summary>
        public bool? Strict { get; set; }
    }
}
