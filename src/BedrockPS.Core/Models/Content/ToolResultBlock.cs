using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>The result of a tool call, sent back to the model.</summary>
    public sealed class ToolResultBlock
    {
        public string? ToolUseId { get; set; }

        public List<ToolResultContentBlock> Content { get; set; } = new List<ToolResultContentBlock>();

        /// <summary>success or error.</summary>
        public string? Status { get; set; }

        public string? Type { get; set; }
    }
}
