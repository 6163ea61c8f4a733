namespace BedrockPS.Core.Models
{
    /// <summary>Names a tool.</summary>
    public sealed class ToolReference
    {
        public string? Type { get; set; }

        public string? Name { get; set; }

        public string? ServerName { get; set; }
    }
}
