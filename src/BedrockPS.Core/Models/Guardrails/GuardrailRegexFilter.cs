namespace BedrockPS.Core.Models
{
    /// <summary>A regex match.</summary>
    public sealed class GuardrailRegexFilter
    {
        public string? Name { get; set; }

        public string? Match { get; set; }

        public string? Regex { get; set; }

        public string? Action { get; set; }

        public bool? Detected { get; set; }
    }
}
