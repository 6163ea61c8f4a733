namespace BedrockPS.Core.Models
{
    /// <summary>A range inside a search result.</summary>
    public sealed class SearchResultLocation
    {
        /// <summary>Zero-based index of the search result block cited.</summary>
        public int? SearchResultIndex { get; set; }

        /// <summary>Index of the first cited entry in the result's content list.</summary>
        public int? Start { get; set; }

        /// <summary>Index of the last cited entry in the result's content list.</summary>
        public int? End { get; set; }
    }
}
