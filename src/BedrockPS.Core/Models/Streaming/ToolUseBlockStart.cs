namespace BedrockPS.Core.Models
{
    /// <summary>A tool call begins.</summary>
    public sealed class ToolUseBlockStart
    {
        /// <summary>Id of the call; the tool result must quote it.</summary>
        public string? ToolUseId { get; set; }

        /// <summary>Name of the tool the model wants run.</summary>
        public string? Name { get; set; }

        /// <summary>server_tool_use for a tool the service runs; null for the caller's tools.</summary>
        public string? Type { get; set; }
    }
}
