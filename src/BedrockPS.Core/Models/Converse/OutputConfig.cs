namespace BedrockPS.Core.Models
{
    /// <summary>How the answer is produced (wire outputConfig): a JSON schema the text must follow, and the reasoning effort.</summary>
    public sealed class OutputConfig
    {
        /// <summary>The structured format the text answer must follow; null leaves it free-form.</summary>
        public OutputFormat? TextFormat { get; set; }

        /// <summary>How much reasoning effort the model spends: low, medium, high, xhigh or max; null uses the model's default.</summary>
        public string? Effort { get; set; }
    }
}
