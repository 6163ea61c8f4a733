namespace BedrockPS.Core.Models
{
    /// <summary>Cache-write tokens per time-to-live.</summary>
    public sealed class CacheDetail
    {
        /// <summary>Cache lifetime these tokens were written with: "5m" or "1h".</summary>
        public string? Ttl { get; set; }

        /// <summary>Input tokens written to the cache with that lifetime.</summary>
        public int InputTokens { get; set; }
    }
}
