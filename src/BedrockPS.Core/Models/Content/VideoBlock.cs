namespace BedrockPS.Core.Models
{
    /// <summary>A video in a message.</summary>
    public sealed class VideoBlock
    {
        /// <summary>mkv, mov, mp4, webm, flv, mpeg, mpg, wmv or three_gp.</summary>
        public string? Format { get; set; }

        /// <summary>Inline bytes or an S3 object holding the video.</summary>
        public MediaSource? Source { get; set; }
    }
}
