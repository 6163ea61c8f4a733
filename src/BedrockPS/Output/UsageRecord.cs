namespace BedrockPS
{
    /// <summary>Calls and tokens for one model in this PowerShell session; cost only when a price table was given.</summary>
    public sealed class UsageRecord
    {
        internal UsageRecord(string modelId, long calls, long inputTokens, long outputTokens, long cacheReadInputTokens, long cacheWriteInputTokens, decimal? estimatedCost, string? serviceTier = null)
        {
            ServiceTier = serviceTier;
            ModelId = modelId;
            Calls = calls;
            InputTokens = inputTokens;
            OutputTokens = outputTokens;
            CacheReadInputTokens = cacheReadInputTokens;
            CacheWriteInputTokens = cacheWriteInputTokens;
            EstimatedCost = estimatedCost;
        }

        public string ModelId { get; }

        /// <summary>The service tier that served these calls; each tier of a model has its own record.</summary>
        public string? ServiceTier { get; }

        public long Calls { get; }

        public long InputTokens { get; }

        public long OutputTokens { get; }

        public long TotalTokens => InputTokens + OutputTokens;

        public long CacheReadInputTokens { get; }

        public long CacheWriteInputTokens { get; }

        /// <summary>Tokens times the prices given with -PriceTable (in the table's currency); null without a price for this model.</summary>
        public decimal? EstimatedCost { get; }
    }
}
