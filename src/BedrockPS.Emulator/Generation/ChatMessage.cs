using System.Collections.Generic;

namespace BedrockPS.Emulator.Generation
{
    /// <summary>A message reduced to what the deterministic model reads: its role, texts, tool calls and tool results.</summary>
    internal sealed class ChatMessage
    {
        public ChatMessage(string role)
        {
            Role = role;
        }

        public string Role { get; }
        public List<string> Texts { get; } = new List<string>();
        /// <summary>Texts of tool results (JSON results serialized), in order.</summary>
        public List<string> ToolResults { get; } = new List<string>();
        /// <summary>Serialized tool-use inputs; counted as tokens.</summary>
        public List<string> ToolUseInputs { get; } = new List<string>();

        public string JoinedText => string.Join("\n", Texts);
    }
}
