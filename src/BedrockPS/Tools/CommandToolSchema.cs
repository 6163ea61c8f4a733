using System.Text.Json;

namespace BedrockPS.Tools
{
    /// <summary>What a PowerShell command looks like as a Bedrock tool: its sanitized name, description and input schema.</summary>
    internal sealed class CommandToolSchema
    {
        internal CommandToolSchema(string name, string description, JsonElement inputSchema)
        {
            Name = name;
            Description = description;
            InputSchema = inputSchema;
        }

        internal string Name { get; }

        internal string Description { get; }

        internal JsonElement InputSchema { get; }
    }
}
