using System.Collections.Generic;

namespace BedrockPS.Emulator.Caching
{
    /// <summary>The cache tokens of one request: read from the cache, written to it, and the writes per TTL.</summary>
    internal sealed class CacheUsage
    {
        public static readonly CacheUsage None = new CacheUsage();

        public int ReadTokens { get; set; }
        public int WriteTokens { get; set; }
        /// <summary>Tokens written per TTL, "1h" before "5m" as the service sorts them.</summary>
        public SortedDictionary<string, int> WritesByTtl { get; } = new SortedDictionary<string, int>(System.StringComparer.Ordinal);
    }
}
