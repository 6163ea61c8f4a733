namespace BedrockPS.Core.Models
{
    /// <summary>A range inside a document (characters, pages or chunks).</summary>
    public sealed class DocumentRangeLocation
    {
        /// <summary>Zero-based index of the document among those in the request.</summary>
        public int? DocumentIndex { get; set; }

        /// <summary>Start of the cited range (character, page or chunk, depending on which location holds this).</summary>
        public int? Start { get; set; }

        /// <summary>End of the cited range, in the same unit as <see cref="Start"/>.</summary>
        public int? End { get; set; }
    }
}
