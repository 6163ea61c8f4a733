namespace BedrockPS.Core.Models
{
    /// <summary>A managed word-list match.</summary>
    public sealed class GuardrailManagedWord
    {
        public string? Match { get; set; }

        public string? Type { get; set; }

        public string? Action { get; set; }

        public bool? Detected { get; set; }
    }
}
