namespace BedrockPS.Core.Usage
{
    /// <summary>The tokens one successful model call used, as the service reported them.</summary>
    public sealed class CallUsage
    {
        /// <summary>Creates a usage record.</summary>
        /// <param name="modelId">The id the call used.</param>
        /// <param name="operation">The operation name.</param>
        /// <param name="inputTokens">Input tokens.</param>
        /// <param name="outputTokens">Output tokens.</param>
        /// <param name="cacheReadInputTokens">Input tokens read from the prompt cache (0 when none or not reported).</param>
        /// <param name="cacheWriteInputTokens">Input tokens written to the prompt cache (0 when none or not reported).</param>
        /// <param name="serviceTier">The tier that served the call, or null.</param>
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

        /// <summary>Input tokens the service reported (0 when it reported none).</summary>
        public long InputTokens { get; }

        /// <summary>Output tokens the service reported (0 when it reported none).</summary>
        public long OutputTokens { get; }

        /// <summary>Input tokens read from the prompt cache (0 when none or not reported).</summary>
        public long CacheReadInputTokens { get; }

        /// <summary>Input tokens written to the prompt cache (0 when none or not reported).</summary>
        public long CacheWriteInputTokens { get; }

        /// <summary>The tier that served the call, when the service said.</summary>
        public string? ServiceTier { get; }
    }
}
