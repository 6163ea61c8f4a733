namespace BedrockPS.Core.Models
{
    /// <summary>Where a citation points (exactly one member set).</summary>
    public sealed class CitationLocation
    {
        /// <summary>A web page found by a web search.</summary>
        public WebLocation? Web { get; set; }

        /// <summary>A character range in a document.</summary>
        public DocumentRangeLocation? DocumentChar { get; set; }

        /// <summary>A page range in a document.</summary>
        public DocumentRangeLocation? DocumentPage { get; set; }

        /// <summary>A chunk range in a document that was split into chunks.</summary>
        public DocumentRangeLocation? DocumentChunk { get; set; }

        /// <summary>A range of content blocks in a search result.</summary>
        public SearchResultLocation? SearchResultLocation { get; set; }
    }
}
