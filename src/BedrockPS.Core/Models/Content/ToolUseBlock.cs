using System.Text.Json;

namespace BedrockPS.Core.Models
{
    /// <summary>A tool call requested by the model.</summary>
    public sealed class ToolUseBlock
    {
        /// <summary>Id of this call (1 to 64 characters); the tool result must quote it.</summary>
        public string? ToolUseId { get; set; }

        /// <summary>Name of the tool the model wants run.</summary>
        public string? Name { get; set; }

        /// <summary>The tool input, kept as the exact JSON received.</summary>
        public JsonElement? Input { get; set; }

        /// <summary>server_tool_use for server-side tools.</summary>
        public string? Type { get; set; }
    }
}
