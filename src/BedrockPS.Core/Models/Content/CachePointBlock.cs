namespace BedrockPS.Core.Models
{
    /// <summary>Marks a prompt-cache checkpoint.</summary>
    public sealed class CachePointBlock
    {
        /// <summary>Cache point type; the service knows only "default".</summary>
        public string Type { get; set; } = "default";

        /// <summary>5m or 1h.</summary>
        public string? Ttl { get; set; }
    }
}
