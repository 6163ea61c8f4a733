namespace BedrockPS.Core.Models
{
    /// <summary>A range inside a search result.</summary>
    public sealed class SearchResultLocation
    {
        public int? SearchResultIndex { get; set; }

        public int? Start { get; set; }

        public int? End { get; set; }
    }
}
