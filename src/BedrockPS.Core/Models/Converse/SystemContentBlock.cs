namespace BedrockPS.Core.Models
{
    /// <summary>A block of the system prompt (union: exactly one property set).</summary>
    public sealed class SystemContentBlock
    {
        public string? Text { get; set; }

        public GuardrailContentBlock? GuardContent { get; set; }

        public CachePointBlock? CachePoint { get; set; }

        public static SystemContentBlock FromText(string text) => new SystemContentBlock { Text = text };

        public static SystemContentBlock FromCachePoint(string? ttl = null) =>
            new SystemContentBlock { CachePoint = new CachePointBlock { Ttl = ttl } };
    }
}
