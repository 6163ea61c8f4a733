using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>One citation of a <see cref="CitationsContentBlock"/>: which source, which passage and where in it (wire Citation).</summary>
    public sealed class Citation
    {
        /// <summary>Title or identifier of the cited source.</summary>
        public string? Title { get; set; }

        /// <summary>Where the cited content came from, for a search result its source (URL or identifier).</summary>
        public string? Source { get; set; }

        /// <summary>The passages of the source the citation quotes.</summary>
        public List<TextContentBlock>? SourceContent { get; set; }

        /// <summary>Where in the source the cited passage is.</summary>
        public CitationLocation? Location { get; set; }
    }
}
