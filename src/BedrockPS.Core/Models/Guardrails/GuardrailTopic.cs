namespace BedrockPS.Core.Models
{
    /// <summary>A denied topic.</summary>
    public sealed class GuardrailTopic
    {
        public string? Name { get; set; }

        public string? Type { get; set; }

        public string? Action { get; set; }

        public bool? Detected { get; set; }
    }
}
