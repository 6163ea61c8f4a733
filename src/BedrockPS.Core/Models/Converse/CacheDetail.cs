namespace BedrockPS.Core.Models
{
    /// <summary>Cache-write tokens per time-to-live.</summary>
    public sealed class CacheDetail
    {
        public string? Ttl { get; set; }

        public int InputTokens { get; set; }
    }
}
