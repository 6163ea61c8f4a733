namespace BedrockPS.Core.Models
{
    /// <summary>The result of InvokeModel: the model's native body plus the Bedrock headers.</summary>
    public sealed class InvokeModelResponse
    {
        public byte[] Body { get; set; } = System.Array.Empty<byte>();

        public string? ContentType { get; set; }

        public string? RequestId { get; set; }

        public int? InputTokens { get; set; }

        public int? OutputTokens { get; set; }

        public int? CacheReadInputTokens { get; set; }

        public int? CacheWriteInputTokens { get; set; }

        public long? InvocationLatencyMs { get; set; }

        public string? PerformanceConfigLatency { get; set; }

        public string? ServiceTier { get; set; }

        /// <summary>How many HTTP attempts the call took.</summary>
        public int Attempts { get; set; }
    }
}
