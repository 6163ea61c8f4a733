namespace BedrockPS.Usage
{
    /// <summary>Prices of one model per 1,000 tokens (whatever currency the user's table is in).</summary>
    internal sealed class ModelPrice
    {
        internal ModelPrice(decimal inputPer1K, decimal outputPer1K, decimal? cacheReadPer1K, decimal? cacheWritePer1K)
        {
            InputPer1K = inputPer1K;
            OutputPer1K = outputPer1K;
            CacheReadPer1K = cacheReadPer1K;
            CacheWritePer1K = cacheWritePer1K;
        }

        /// <summary>The service tier this price is for; null for any tier without a price of its own.</summary>
        internal string? ServiceTier { get; private set; }

        internal ModelPrice ForTier(string? tier) =>
            new ModelPrice(InputPer1K, OutputPer1K, CacheReadPer1K, CacheWritePer1K) { ServiceTier = tier };

        internal decimal InputPer1K { get; }

        internal decimal OutputPer1K { get; }

        /// <summary>When absent, cache reads are not priced (they are not in InputTokens either).</summary>
        internal decimal? CacheReadPer1K { get; }

        internal decimal? CacheWritePer1K { get; }

        internal decimal CostOf(long inputTokens, long outputTokens, long cacheRead, long cacheWrite)
        {
            return (inputTokens * InputPer1K + outputTokens * OutputPer1K
                + cacheRead * (CacheReadPer1K ?? 0m) + cacheWrite * (CacheWritePer1K ?? 0m)) / 1000m;
        }
    }
}
