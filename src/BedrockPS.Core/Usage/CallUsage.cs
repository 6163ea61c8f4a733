namespace BedrockPS.Core.Usage
{
    /// <summary>The tokens one successful model call used, as the service reported them.</summary>
    public sealed class CallUsage
    {
        public CallUsage(string modelId, string operation, long inputTokens, long outputTokens, long cacheReadInputTokens, long cacheWriteInputTokens, string? serviceTier)
        {
            ModelId = modelId;
            Operation = operation;
            InputTokens = inputTokens;
            OutputTokens = outputTokens;
            CacheReadInputTokens = cacheReadInputTokens;
            CacheWriteInputTokens = cacheWriteInputTokens;
            ServiceTier = serviceTier;
        }

        /// <summary>The id the call used: a model id, an inference profile id or an ARN.</summary>
        public string ModelId { get; }

        /// <summary>Converse, ConverseStream, InvokeModel or InvokeModelWithResponseStream.</summary>
        public string Operation { get; }

        public long InputTokens { get; }

        public long OutputTokens { get; }

        public long CacheReadInputTokens { get; }

        public long CacheWriteInputTokens { get; }

        /// <summary>The tier that served the call, when the service said.</summary>
        public string? ServiceTier { get; }
    }
}
