namespace BedrockPS.Core.Models
{
    /// <summary>Usage and metrics, sent after messageStop.</summary>
    public sealed class ConverseStreamMetadataEvent
    {
        /// <summary>Token counts for the whole call.</summary>
        public TokenUsage? Usage { get; set; }

        /// <summary>Service-side latency of the whole call.</summary>
        public ConverseMetrics? Metrics { get; set; }

        /// <summary>Guardrail and prompt-router trace, when asked for.</summary>
        public ConverseTrace? Trace { get; set; }

        /// <summary>The latency mode the service used.</summary>
        public PerformanceConfiguration? PerformanceConfig { get; set; }

        /// <summary>The tier the service used.</summary>
        public ServiceTier? ServiceTier { get; set; }
    }
}
