namespace BedrockPS.Core.Models
{
    /// <summary>A denied topic.</summary>
    public sealed class GuardrailTopic
    {
        /// <summary>Name of the denied topic.</summary>
        public string? Name { get; set; }

        /// <summary>Topic type; DENY is the only one.</summary>
        public string? Type { get; set; }

        /// <summary>BLOCKED or NONE.</summary>
        public string? Action { get; set; }

        /// <summary>True when the content is on the topic.</summary>
        public bool? Detected { get; set; }
    }
}
