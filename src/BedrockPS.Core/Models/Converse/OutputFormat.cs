namespace BedrockPS.Core.Models
{
    /// <summary>The requested output format.</summary>
    public sealed class OutputFormat
    {
        /// <summary>Format kind; the service knows only "json_schema".</summary>
        public string Type { get; set; } = "json_schema";

        /// <summary>The schema the answer must satisfy.</summary>
        public OutputFormatStructure? Structure { get; set; }
    }
}
