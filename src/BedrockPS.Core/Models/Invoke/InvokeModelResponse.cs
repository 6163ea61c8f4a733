namespace BedrockPS.Core.Models
{
    /// <summary>The result of InvokeModel: the model's native body plus the Bedrock headers.</summary>
    public sealed class InvokeModelResponse
    {
        /// <summary>The model's answer in its native format, as received.</summary>
        public byte[] Body { get; set; } = System.Array.Empty<byte>();

        /// <summary>MIME type of <see cref="Body"/>, from the Content-Type header.</summary>
        public string? ContentType { get; set; }

        /// <summary>The x-amzn-RequestId of the response, for support cases.</summary>
        public string? RequestId { get; set; }

        /// <summary>From X-Amzn-Bedrock-Input-Token-Count; null when the header is absent.</summary>
        public int? InputTokens { get; set; }

        /// <summary>From X-Amzn-Bedrock-Output-Token-Count; null when the header is absent.</summary>
        public int? OutputTokens { get; set; }

        /// <summary>From X-Amzn-Bedrock-Cache-Read-Input-Token-Count; null when the header is absent.</summary>
        public int? CacheReadInputTokens { get; set; }

        /// <summary>From X-Amzn-Bedrock-Cache-Write-Input-Token-Count; null when the header is absent.</summary>
        public int? CacheWriteInputTokens { get; set; }

        /// <summary>Service-side latency in milliseconds, from X-Amzn-Bedrock-Invocation-Latency; null when absent.</summary>
        public long? InvocationLatencyMs { get; set; }

        /// <summary>The latency mode the service used (standard or optimized); null when not reported.</summary>
        public string? PerformanceConfigLatency { get; set; }

        /// <summary>The tier the service used; null when not reported.</summary>
        public string? ServiceTier { get; set; }

        /// <summary>How many HTTP attempts the call took.</summary>
        public int Attempts { get; set; }
    }
}
