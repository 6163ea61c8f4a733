namespace BedrockPS.Core.Models
{
    /// <summary>A tool definition (exactly one member set).</summary>
    public sealed class Tool
    {
        /// <summary>A tool the caller defines and runs.</summary>
        public ToolSpecification? ToolSpec { get; set; }

        /// <summary>A tool the model provider defines and runs.</summary>
        public SystemTool? SystemTool { get; set; }

        /// <summary>A prompt-cache checkpoint after the preceding tool definitions.</summary>
        public CachePointBlock? CachePoint { get; set; }
    }
}
