using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>A search result handed to the model.</summary>
    public sealed class SearchResultBlock
    {
        /// <summary>URL or identifier of the result.</summary>
        public string? Source { get; set; }

        /// <summary>Title of the result.</summary>
        public string? Title { get; set; }

        /// <summary>The result's text passages; citations point into this list by index.</summary>
        public List<TextContentBlock> Content { get; set; } = new List<TextContentBlock>();

        /// <summary>Turns citations on for this result; null leaves them off.</summary>
        public CitationsConfig? Citations { get; set; }
    }
}
