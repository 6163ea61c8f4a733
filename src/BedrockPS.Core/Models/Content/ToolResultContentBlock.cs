using System.Text.Json;

namespace BedrockPS.Core.Models
{
    /// <summary>One part of a tool result (exactly one member set).</summary>
    public sealed class ToolResultContentBlock
    {
        /// <summary>A JSON result.</summary>
        public JsonElement? Json { get; set; }

        /// <summary>A text result.</summary>
        public string? Text { get; set; }

        /// <summary>An image result.</summary>
        public ImageBlock? Image { get; set; }

        /// <summary>A document result.</summary>
        public DocumentBlock? Document { get; set; }

        /// <summary>A video result.</summary>
        public VideoBlock? Video { get; set; }

        /// <summary>A search result the model may cite.</summary>
        public SearchResultBlock? SearchResult { get; set; }
    }
}
