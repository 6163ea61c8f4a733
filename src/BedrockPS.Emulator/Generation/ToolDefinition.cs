using System.Text.Json.Nodes;

namespace BedrockPS.Emulator.Generation
{
    /// <summary>A tool offered to the model: its name and JSON schema.</summary>
    internal sealed class ToolDefinition
    {
        public ToolDefinition(string name, string description, JsonNode? schema)
        {
            Name = name;
            Description = description;
            Schema = schema;
        }

        public string Name { get; }
        public string Description { get; }
        public JsonNode? Schema { get; }
    }
}
