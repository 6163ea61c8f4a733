namespace BedrockPS.Core.Models
{
    /// <summary>Usage and metrics, sent after messageStop.</summary>
    public sealed class ConverseStreamMetadataEvent
    {
        public TokenUsage? Usage { get; set; }

        public ConverseMetrics? Metrics { get; set; }

        public ConverseTrace? Trace { get; set; }

        public PerformanceConfiguration? PerformanceConfig { get; set; }

        public ServiceTier? ServiceTier { get; set; }
    }
}
