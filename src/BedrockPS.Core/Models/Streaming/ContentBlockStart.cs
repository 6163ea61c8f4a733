namespace BedrockPS.Core.Models
{
    /// <summary>What kind of block starts (one member set).</summary>
    public sealed class ContentBlockStart
    {
        public ToolUseBlockStart? ToolUse { get; set; }

        public ToolResultBlockStart? ToolResult { get; set; }

        public ImageBlockStart? Image { get; set; }
    }
}
