using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>The result of a tool call, sent back to the model.</summary>
    public sealed class ToolResultBlock
    {
        /// <summary>Id of the tool call this answers (from <see cref="ToolUseBlock.ToolUseId"/>).</summary>
        public string? ToolUseId { get; set; }

        /// <summary>The result's parts: JSON, text, images, documents, videos or search results.</summary>
        public List<ToolResultContentBlock> Content { get; set; } = new List<ToolResultContentBlock>();

        /// <summary>success or error.</summary>
        public string? Status { get; set; }

        /// <summary>Result type as the service reports it (seen on results of server-side tools); null when not given.</summary>
        public string? Type { get; set; }
    }
}
