namespace BedrockPS.Core.Models
{
    /// <summary>Where a citation points (exactly one member set).</summary>
    public sealed class CitationLocation
    {
        public WebLocation? Web { get; set; }

        public DocumentRangeLocation? DocumentChar { get; set; }

        public DocumentRangeLocation? DocumentPage { get; set; }

        public DocumentRangeLocation? DocumentChunk { get; set; }

        public SearchResultLocation? SearchResultLocation { get; set; }
    }
}
