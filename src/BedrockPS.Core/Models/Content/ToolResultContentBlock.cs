using System.Text.Json;

namespace BedrockPS.Core.Models
{
    /// <summary>One part of a tool result (exactly one member set).</summary>
    public sealed class ToolResultContentBlock
    {
        public JsonElement? Json { get; set; }

        public string? Text { get; set; }

        public ImageBlock? Image { get; set; }

        public DocumentBlock? Document { get; set; }

        public VideoBlock? Video { get; set; }

        public SearchResultBlock? SearchResult { get; set; }
    }
}
