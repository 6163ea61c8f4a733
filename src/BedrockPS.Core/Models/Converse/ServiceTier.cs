namespace BedrockPS.Core.Models
{
    /// <summary>The processing tier of a request (wire serviceTier): asked for in a request, reported in a response.</summary>
    public sealed class ServiceTier
    {
        /// <summary>priority, default, flex or reserved.</summary>
        public string? Type { get; set; }
    }
}
