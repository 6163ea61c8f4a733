namespace BedrockPS
{
    /// <summary>Calls and tokens for one model in this PowerShell session; cost only when a price table was given.</summary>
    public sealed class UsageRecord
    {
        internal UsageRecord(string modelId, long calls, long inputTokens, long outputTokens, long cacheReadInputTokens, long cacheWriteInputTokens, decimal? estimatedCost)
        {
            ModelId = modelId;
            Calls = calls;
            InputTokens = inputTokens;
            OutputTokens = outputTokens;
            CacheReadInputTokens = cacheReadInputTokens;
            CacheWriteInputTokens = cacheWriteInputTokens;
            EstimatedCost = estimatedCost;
        }

        public string ModelId { get; }

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
