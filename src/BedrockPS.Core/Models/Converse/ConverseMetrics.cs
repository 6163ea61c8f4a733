namespace BedrockPS.Core.Models
{
    /// <summary>Latency of a call as measured by the service.</summary>
    public sealed class ConverseMetrics
    {
        public long LatencyMs { get; set; }
    }
}
