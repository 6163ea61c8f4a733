using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>One citation.</summary>
    public sealed class Citation
    {
        public string? Title { get; set; }

        public string? Source { get; set; }

        public List<TextContentBlock>? SourceContent { get; set; }

        public CitationLocation? Location { get; set; }
    }
}
