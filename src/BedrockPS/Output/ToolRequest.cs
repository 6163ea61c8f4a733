namespace BedrockPS
{
    /// <summary>A tool the model asked for in an answer: its name, the id to answer, and its input as objects.</summary>
    public sealed class ToolRequest
    {
        internal ToolRequest(string toolUseId, string name, object? input, string inputJson)
        {
            ToolUseId = toolUseId;
            Name = name;
            Input = input;
            InputJson = inputJson;
        }

        /// <summary>The id a tool result must carry to answer this request.</summary>
        public string ToolUseId { get; }

        /// <summary>The name of the tool the model wants run.</summary>
        public string Name { get; }

        /// <summary>The input the model wrote, parsed from JSON into objects.</summary>
        public object? Input { get; }

        /// <summary>The input exactly as the model wrote it, as JSON text.</summary>
        public string InputJson { get; }

        /// <summary>The tool name.</summary>
        public override string ToString() => Name;
    }
}
