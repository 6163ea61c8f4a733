using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>The piece itself (one member set).</summary>
    public sealed class ContentBlockDelta
    {
        public string? Text { get; set; }

        public ToolUseBlockDelta? ToolUse { get; set; }

        public List<ToolResultBlockDelta>? ToolResult { get; set; }

        public ReasoningContentBlockDelta? ReasoningContent { get; set; }

        public CitationsDelta? Citation { get; set; }

        public ImageBlockDelta? Image { get; set; }
    }
}
