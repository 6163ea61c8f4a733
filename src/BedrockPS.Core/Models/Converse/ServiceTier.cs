namespace BedrockPS.Core.Models
{
    /// <summary>Service tier choice.</summary>
    public sealed class ServiceTier
    {
        /// <summary>priority, default, flex or reserved.</summary>
        public string? Type { get; set; }
    }
}
