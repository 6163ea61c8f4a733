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

        /// <summary>The model or inference profile id as the calls named it (batch jobs show as "&lt;model&gt; [batch]").</summary>
        public string ModelId { get; }

        /// <summary>The service tier that served these calls; each tier of a model has its own record.</summary>
        public string? ServiceTier { get; }

        /// <summary>Successful model calls made in this PowerShell session.</summary>
        public long Calls { get; }

        /// <summary>Input tokens of those calls.</summary>
        public long InputTokens { get; }

        /// <summary>Output tokens of those calls.</summary>
        public long OutputTokens { get; }

        /// <summary>Input plus output tokens.</summary>
        public long TotalTokens => InputTokens + OutputTokens;

        /// <summary>Input tokens read from the prompt cache (billed at the cache-read price).</summary>
        public long CacheReadInputTokens { get; }

        /// <summary>Input tokens written to the prompt cache (billed at the cache-write price).</summary>
        public long CacheWriteInputTokens { get; }

        /// <summary>Tokens times the prices given with -PriceTable (in the table's currency); null without a price for this model.</summary>
        public decimal? EstimatedCost { get; }
    }
}
