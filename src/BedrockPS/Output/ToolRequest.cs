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

        public string ToolUseId { get; }

        public string Name { get; }

        /// <summary>The input the model wrote, parsed from JSON into objects.</summary>
        public object? Input { get; }

        public string InputJson { get; }

        public override string ToString() => Name;
    }
}
