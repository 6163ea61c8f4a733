using System.Text.Json;

namespace BedrockPS.Core.Models
{
    /// <summary>A tool call requested by the model.</summary>
    public sealed class ToolUseBlock
    {
        public string? ToolUseId { get; set; }

        public string? Name { get; set; }

        /// <summary>The tool input, kept as the exact JSON received.</summary>
        public JsonElement? Input { get; set; }

        /// <summary>server_tool_use for server-side tools.</summary>
        public string? Type { get; set; }
    }
}
