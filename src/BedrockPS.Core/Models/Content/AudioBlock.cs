namespace BedrockPS.Core.Models
{
    /// <summary>An audio clip in a message.</summary>
    public sealed class AudioBlock
    {
        /// <summary>Audio format, for example mp3, wav, flac, ogg, pcm or webm (wire <c>format</c>).</summary>
        public string? Format { get; set; }

        /// <summary>Inline bytes or an S3 object holding the audio.</summary>
        public MediaSource? Source { get; set; }

        /// <summary>Set by the service when it could not process the audio; null otherwise.</summary>
        public ErrorBlock? Error { get; set; }
    }
}
