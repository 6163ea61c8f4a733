namespace BedrockPS.Core.Models
{
    /// <summary>A tool result begins.</summary>
    public sealed class ToolResultBlockStart
    {
        /// <summary>Id of the tool call this result answers.</summary>
        public string? ToolUseId { get; set; }

        /// <summary>Type of the tool that produced the result.</summary>
        public string? Type { get; set; }

        /// <summary>success or error.</summary>
        public string? Status { get; set; }
    }
}
