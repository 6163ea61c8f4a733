namespace BedrockPS.Core.Models
{
    /// <summary>A fragment of the tool input JSON text.</summary>
    public sealed class ToolUseBlockDelta
    {
        public string? Input { get; set; }
    }
}
