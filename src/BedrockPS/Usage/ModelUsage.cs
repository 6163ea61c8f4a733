namespace BedrockPS.Usage
{
    /// <summary>Calls and tokens tallied for one model: an immutable copy handed out by <see cref="UsageTally"/>.</summary>
    internal sealed class ModelUsage
    {
        public ModelUsage(string modelId, long calls, long inputTokens, long outputTokens, long cacheReadInputTokens, long cacheWriteInputTokens, string? serviceTier = null)
        {
            ServiceTier = serviceTier;
            ModelId = modelId;
            Calls = calls;
            InputTokens = inputTokens;
            OutputTokens = outputTokens;
            CacheReadInputTokens = cacheReadInputTokens;
            CacheWriteInputTokens = cacheWriteInputTokens;
        }

        public string ModelId { get; }

        /// <summary>The tier that served these calls (default, priority, flex, reserved), or null when the service did not say.</summary>
        public string? ServiceTier { get; }

        public long Calls { get; }

        public long InputTokens { get; }

        public long OutputTokens { get; }

        public long CacheReadInputTokens { get; }

        public long CacheWriteInputTokens { get; }

        public long TotalTokens => InputTokens + OutputTokens;

        internal ModelUsage Add(long calls, long inputTokens, long outputTokens, long cacheRead, long cacheWrite)
        {
            return new ModelUsage(ModelId, Calls + calls, InputTokens + inputTokens, OutputTokens + outputTokens,
                CacheReadInputTokens + cacheRead, CacheWriteInputTokens + cacheWrite, ServiceTier);
        }
    }
}
