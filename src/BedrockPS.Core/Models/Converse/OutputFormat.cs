namespace BedrockPS.Core.Models
{
    /// <summary>The requested output format.</summary>
    public sealed class OutputFormat
    {
        public string Type { get; set; } = "json_schema";

        public OutputFormatStructure? Structure { get; set; }
    }
}
