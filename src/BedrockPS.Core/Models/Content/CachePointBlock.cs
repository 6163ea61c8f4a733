namespace BedrockPS.Core.Models
{
    /// <summary>Marks a prompt-cache checkpoint.</summary>
    public sealed class CachePointBlock
    {
        public string Type { get; set; } = "default";

        /// <summary>5m or 1h.</summary>
        public string? Ttl { get; set; }
    }
}
