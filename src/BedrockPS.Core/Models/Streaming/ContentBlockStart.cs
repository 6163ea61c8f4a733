namespace BedrockPS.Core.Models
{
    /// <summary>What kind of block starts (one member set).</summary>
    public sealed class ContentBlockStart
    {
        /// <summary>A tool call begins; its input follows as deltas.</summary>
        public ToolUseBlockStart? ToolUse { get; set; }

        /// <summary>A server-side tool result begins.</summary>
        public ToolResultBlockStart? ToolResult { get; set; }

        /// <summary>A generated image begins.</summary>
        public ImageBlockStart? Image { get; set; }
    }
}
