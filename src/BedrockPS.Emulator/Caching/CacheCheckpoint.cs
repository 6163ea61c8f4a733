namespace BedrockPS.Emulator.Caching
{
    /// <summary>A cachePoint of a request: the hash and token count of everything before it, and its time to live.</summary>
    internal sealed class CacheCheckpoint
    {
        public CacheCheckpoint(string location, string prefixHash, int prefixTokens, string ttl)
        {
            Location = location;
            PrefixHash = prefixHash;
            PrefixTokens = prefixTokens;
            Ttl = ttl;
        }

        /// <summary>"tools", "system" or "messages": where the cachePoint block sits.</summary>
        public string Location { get; }
        public string PrefixHash { get; }
        public int PrefixTokens { get; }
        /// <summary>"5m" or "1h".</summary>
        public string Ttl { get; }
    }
}
