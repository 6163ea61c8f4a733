namespace BedrockPS.Core.Models
{
    /// <summary>A tool definition (exactly one member set).</summary>
    public sealed class Tool
    {
        public ToolSpecification? ToolSpec { get; set; }

        public SystemTool? SystemTool { get; set; }

        public CachePointBlock? CachePoint { get; set; }
    }
}
