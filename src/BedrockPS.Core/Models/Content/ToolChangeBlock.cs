namespace BedrockPS.Core.Models
{
    /// <summary>A tool added to or removed from the conversation (toolAddition / toolRemoval).</summary>
    public sealed class ToolChangeBlock
    {
        public ToolReference? Tool { get; set; }
    }
}
