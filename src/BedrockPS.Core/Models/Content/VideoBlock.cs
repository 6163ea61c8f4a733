namespace BedrockPS.Core.Models
{
    /// <summary>A video in a message.</summary>
    public sealed class VideoBlock
    {
        public string? Format { get; set; }

        public MediaSource? Source { get; set; }
    }
}
