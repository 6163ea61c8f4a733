namespace BedrockPS.Core.Models
{
    /// <summary>An error attached to a content block.</summary>
    public sealed class ErrorBlock
    {
        /// <summary>The service's human-readable reason.</summary>
        public string? Message { get; set; }
    }
}
