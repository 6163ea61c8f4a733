namespace BedrockPS.Core.Models
{
    /// <summary>An audio clip in a message.</summary>
    public sealed class AudioBlock
    {
        public string? Format { get; set; }

        public MediaSource? Source { get; set; }

        public ErrorBlock? Error { get; set; }
    }
}
