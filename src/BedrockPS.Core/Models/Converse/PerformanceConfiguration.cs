namespace BedrockPS.Core.Models
{
    /// <summary>Latency-optimised inference (wire performanceConfig): asked for in a request, reported in a response. Only some models in some regions offer optimized.</summary>
    public sealed class PerformanceConfiguration
    {
        /// <summary>standard or optimized.</summary>
        public string? Latency { get; set; }
    }
}
