namespace BedrockPS.Core.Models
{
    /// <summary>A web page cited.</summary>
    public sealed class WebLocation
    {
        public string? Url { get; set; }

        public string? Domain { get; set; }
    }
}
