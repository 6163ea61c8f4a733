using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>A search result handed to the model.</summary>
    public sealed class SearchResultBlock
    {
        public string? Source { get; set; }

        public string? Title { get; set; }

        public List<TextContentBlock> Content { get; set; } = new List<TextContentBlock>();

        public CitationsConfig? Citations { get; set; }
    }
}
