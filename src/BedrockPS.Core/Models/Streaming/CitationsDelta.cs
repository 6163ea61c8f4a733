using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>A citation for the current block.</summary>
    public sealed class CitationsDelta
    {
        public string? Title { get; set; }

        public string? Source { get; set; }

        public List<TextContentBlock>? SourceContent { get; set; }

        public CitationLocation? Location { get; set; }
    }
}
