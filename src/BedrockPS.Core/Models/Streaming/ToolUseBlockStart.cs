namespace BedrockPS.Core.Models
{
    /// <summary>A tool call begins.</summary>
    public sealed class ToolUseBlockStart
    {
        public string? ToolUseId { get; set; }

        public string? Name { get; set; }

        public string? Type { get; set; }
    }
}
