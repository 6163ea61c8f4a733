namespace BedrockPS.Core.Models
{
    /// <summary>A tool provided by the service.</summary>
    public sealed class SystemTool
    {
        /// <summary>Name of the provider-defined tool (1 to 64 characters).</summary>
        public string? Name { get; set; }
    }
}
