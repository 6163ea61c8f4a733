namespace BedrockPS.Core.Models
{
    /// <summary>Names a declared tool in a <see cref="ToolChangeBlock"/> (wire ToolReference), so a tool can be added or withdrawn mid-conversation without resending the tool configuration.</summary>
    public sealed class ToolReference
    {
        /// <summary>Kind of tool referred to (1 to 64 characters).</summary>
        public string? Type { get; set; }

        /// <summary>Name of a tool declared in the tool configuration.</summary>
        public string? Name { get; set; }

        /// <summary>MCP server that provides the tool; required for MCP tools, null otherwise.</summary>
        public string? ServerName { get; set; }
    }
}
