using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BedrockPS.Emulator
{
    /// <summary>A tool call a scenario rule makes the model request.</summary>
    public sealed class ScenarioToolUse
    {
        /// <summary>The name of the tool the model asks for; it should be one the request declared.</summary>
        [JsonPropertyName("name")]
        public string Name { get; set; } = string.Empty;

        /// <summary>The tool input (any JSON object). Null means {}.</summary>
        [JsonPropertyName("input")]
        public JsonNode? Input { get; set; }

        /// <summary>Optional fixed toolUseId; otherwise "tooluse_" plus a value derived from the request.</summary>
        [JsonPropertyName("toolUseId")]
        public string? ToolUseId { get; set; }
    }
}
