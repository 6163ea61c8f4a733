using System.Text.Json.Nodes;

namespace BedrockPS.Emulator.Generation
{
    /// <summary>A tool the model asks the caller to run.</summary>
    internal sealed class ToolCall
    {
        public ToolCall(string toolUseId, string name, JsonObject input)
        {
            ToolUseId = toolUseId;
            Name = name;
            Input = input;
        }

        public string ToolUseId { get; }
        public string Name { get; }
        public JsonObject Input { get; }
    }
}
