namespace BedrockPS.Core.Models
{
    /// <summary>A web page cited.</summary>
    public sealed class WebLocation
    {
        /// <summary>Address of the cited page.</summary>
        public string? Url { get; set; }

        /// <summary>Domain of the cited page.</summary>
        public string? Domain { get; set; }
    }
}
