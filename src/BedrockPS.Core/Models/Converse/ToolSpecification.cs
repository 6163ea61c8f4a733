using System.Text.Json;
using System.Text.Json.Serialization;
using BedrockPS.Core.Serialization;

namespace BedrockPS.Core.Models
{
    /// <summary>A tool the model may call.</summary>
    public sealed class ToolSpecification
    {
        public string? Name { get; set; }

        public string? Description { get; set; }

        /// <summary>The JSON schema of the tool input. On the wire it is wrapped as {"json": schema}.</summary>
        [JsonConverter(typeof(ToolInputSchemaConverter))]
        public JsonElement InputSchema { get; set; }

        public bool? Strict { get; set; }
    }
}
