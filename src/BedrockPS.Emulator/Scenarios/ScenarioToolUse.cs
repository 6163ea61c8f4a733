using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BedrockPS.Emulator
{
    /// <summary>A tool call a scenario rule makes the model request.</summary>
    public sealed class ScenarioToolUse
    {
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
