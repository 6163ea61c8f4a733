namespace BedrockPS.Core.Models
{
    /// <summary>An error attached to a content block.</summary>
    public sealed class ErrorBlock
    {
        public string? Message { get; set; }
    }
}
