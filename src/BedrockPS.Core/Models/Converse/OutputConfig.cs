namespace BedrockPS.Core.Models
{
    /// <summary>Structured output settings.</summary>
    public sealed class OutputConfig
    {
        public OutputFormat? TextFormat { get; set; }

        public string? Effort { get; set; }
    }
}
