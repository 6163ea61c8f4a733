namespace BedrockPS.Core.Models
{
    /// <summary>A tool result begins.</summary>
    public sealed class ToolResultBlockStart
    {
        public string? ToolUseId { get; set; }

        public string? Type { get; set; }

        public string? Status { get; set; }
    }
}
