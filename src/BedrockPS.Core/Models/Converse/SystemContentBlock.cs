namespace BedrockPS.Core.Models
{
    /// <summary>A block of the system prompt (union: exactly one property set).</summary>
    public sealed class SystemContentBlock
    {
        /// <summary>Instruction text.</summary>
        public string? Text { get; set; }

        /// <summary>System text the guardrail should assess.</summary>
        public GuardrailContentBlock? GuardContent { get; set; }

        /// <summary>A prompt-cache checkpoint after the preceding system blocks.</summary>
        public CachePointBlock? CachePoint { get; set; }

        /// <summary>A system text block.</summary>
        /// <param name="text">The instruction text.</param>
        public static SystemContentBlock FromText(string text) => new SystemContentBlock { Text = text };

        /// <summary>A cache checkpoint in the system prompt.</summary>
        /// <param name="ttl">"5m" or "1h"; null uses the service's default lifetime.</param>
        public static SystemContentBlock FromCachePoint(string? ttl = null) =>
            new SystemContentBlock { CachePoint = new CachePointBlock { Ttl = ttl } };
    }
}
