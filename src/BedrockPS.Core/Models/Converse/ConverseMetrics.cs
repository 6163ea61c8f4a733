namespace BedrockPS.Core.Models
{
    /// <summary>Latency of a call as measured by the service.</summary>
    public sealed class ConverseMetrics
    {
        /// <summary>Service-side latency of the call, in milliseconds (excludes network time to the caller).</summary>
        public long LatencyMs { get; set; }
    }
}
