using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>The piece itself (one member set).</summary>
    public sealed class ContentBlockDelta
    {
        /// <summary>A piece of answer text, to append to the block.</summary>
        public string? Text { get; set; }

        /// <summary>A piece of a tool call's input JSON.</summary>
        public ToolUseBlockDelta? ToolUse { get; set; }

        /// <summary>Pieces of a server-side tool's result.</summary>
        public List<ToolResultBlockDelta>? ToolResult { get; set; }

        /// <summary>A piece of reasoning text, its signature, or redacted reasoning.</summary>
        public ReasoningContentBlockDelta? ReasoningContent { get; set; }

        /// <summary>A citation for the text of this block.</summary>
        public CitationsDelta? Citation { get; set; }

        /// <summary>Data of a generated image.</summary>
        public ImageBlockDelta? Image { get; set; }
    }
}
