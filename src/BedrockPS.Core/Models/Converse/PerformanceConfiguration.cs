namespace BedrockPS.Core.Models
{
    /// <summary>Latency optimisation choice.</summary>
    public sealed class PerformanceConfiguration
    {
        /// <summary>standard or optimized.</summary>
        public string? Latency { get; set; }
    }
}
