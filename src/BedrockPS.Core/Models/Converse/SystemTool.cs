namespace BedrockPS.Core.Models
{
    /// <summary>A tool provided by the service.</summary>
    public sealed class SystemTool
    {
        public string? Name { get; set; }
    }
}
