namespace BedrockPS.Core.Models
{
    /// <summary>A tool added to or removed from the conversation (toolAddition / toolRemoval).</summary>
    public sealed class ToolChangeBlock
    {
        /// <summary>The tool added or removed; it must be declared in the request's tool configuration.</summary>
        public ToolReference? Tool { get; set; }
    }
}
