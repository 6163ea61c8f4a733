using System.Management.Automation;
using System.Text.Json;
using BedrockPS.Core.Conversations;

namespace BedrockPS
{
    /// <summary>
    /// A tool the model may call, made by New-BedrockTool: from a name, description and JSON schema, or from a
    /// PowerShell command (then CommandName says which command runs when the model calls it).
    /// </summary>
    public sealed class ToolDefinition
    {
        internal ToolDefinition(ConversationTool tool)
        {
            Tool = tool;
        }

        /// <summary>The name the model uses to call the tool.</summary>
        public string Name => Tool.Name;

        /// <summary>What the tool does, as the model reads it when choosing tools.</summary>
        public string? Description => Tool.Description;

        private static readonly JsonSerializerOptions Indented = new JsonSerializerOptions { WriteIndented = true };

        /// <summary>The JSON schema of the tool input, as indented JSON text.</summary>
        public string InputSchema => JsonSerializer.Serialize(Tool.InputSchema, Indented);

        /// <summary>The PowerShell command run for this tool, or null for a tool that is only described.</summary>
        public string? CommandName => Tool.CommandName;

        /// <summary>The Core tool definition (its Tag holds the CommandInfo when there is one).</summary>
        internal ConversationTool Tool { get; }

        /// <summary>The command bound to this tool in this PowerShell session, if any.</summary>
        internal CommandInfo? Command => Tool.Tag as CommandInfo;

        /// <summary>The tool name.</summary>
        public override string ToString() => Name;
    }
}
