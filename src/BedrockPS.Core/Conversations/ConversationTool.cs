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
        /// <summary>Defines a tool.</summary>
        /// <param name="name">Name the model calls the tool by (the service allows 1 to 64 letters, digits, underscores and hyphens); unique within a conversation.</param>
        /// <param name="description">What the tool does; the model reads it to decide when to call it.</param>
        /// <param name="inputSchema">JSON schema (an object) of the input the model must send; cloned.</param>
        /// <param name="commandName">Name of the command that runs the tool, saved in session files; null when there is none.</param>
        /// <param name="tag">Host object that runs the tool; opaque to Core and never saved.</param>
        /// <exception cref="ArgumentException"><paramref name="name"/> is empty, or <paramref name="inputSchema"/> is not a JSON object.</exception>
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

        /// <summary>Name the model calls the tool by; a tool set later with the same name replaces this one.</summary>
        public string Name { get; }

        /// <summary>What the tool does, as shown to the model; null when none was given.</summary>
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
