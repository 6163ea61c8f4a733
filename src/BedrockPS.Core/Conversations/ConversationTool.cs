using System;
using System.Text.Json;
using BedrockPS.Core.Models;

namespace BedrockPS.Core.Conversations
{
    /// <summary>
    /// A tool offered to the model during a conversation: its specification plus, opaque to Core, whatever the host
    /// needs to run it (the PowerShell module keeps the command there).
    /// </summary>
    public sealed class ConversationTool
    {
        public ConversationTool(string name, string? description, JsonElement inputSchema, string? commandName = null, object? tag = null)
        {
            if (string.IsNullOrEmpty(name))
            {
                throw new ArgumentException("A tool needs a name.", nameof(name));
            }

            if (inputSchema.ValueKind != JsonValueKind.Object)
            {
                throw new ArgumentException("A tool's input schema must be a JSON object.", nameof(inputSchema));
            }

            Name = name;
            Description = description;
            InputSchema = inputSchema.Clone();
            CommandName = commandName;
            Tag = tag;
        }

        public string Name { get; }

        public string? Description { get; }

        /// <summary>The JSON schema of the input the model must send.</summary>
        public JsonElement InputSchema { get; }

        /// <summary>The name of the command that runs this tool, kept in session files so a tool can be rebound on import.</summary>
        public string? CommandName { get; }

        /// <summary>Host data (for PowerShell, the CommandInfo); never serialized.</summary>
        public object? Tag { get; }

        /// <summary>The same tool bound to another host object (after a session file is imported).</summary>
        public ConversationTool WithTag(object? tag) => new ConversationTool(Name, Description, InputSchema, CommandName, tag);

        /// <summary>The wire form of the tool.</summary>
        public Tool ToTool()
        {
            return new Tool
            {
                ToolSpec = new ToolSpecification { Name = Name, Description = Description, InputSchema = InputSchema },
            };
        }
    }
}
