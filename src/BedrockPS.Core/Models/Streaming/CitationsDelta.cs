using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>A citation for the current block.</summary>
    public sealed class CitationsDelta
    {
        /// <summary>Title or identifier of the cited source.</summary>
        public string? Title { get; set; }

        /// <summary>Where the cited content came from (for a search result, its source).</summary>
        public string? Source { get; set; }

        /// <summary>The passages of the source the citation quotes.</summary>
        public List<TextContentBlock>? SourceContent { get; set; }

        /// <summary>Where in the source the cited passage is.</summary>
        public CitationLocation? Location { get; set; }
    }
}
