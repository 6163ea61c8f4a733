namespace BedrockPS.Core.Models
{
    /// <summary>A fragment of the tool input JSON text.</summary>
    public sealed class ToolUseBlockDelta
    {
        /// <summary>A piece of the input JSON text; concatenate all pieces of the block before parsing.</summary>
        public string? Input { get; set; }
    }
}
