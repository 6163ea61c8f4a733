using System.Text.Json;

namespace BedrockPS.Core.Models
{
    /// <summary>
    /// One block of a message. This is a union on the wire: exactly one property is set.
    /// </summary>
    public sealed class ContentBlock
    {
        public string? Text { get; set; }

        public ImageBlock? Image { get; set; }

        public DocumentBlock? Document { get; set; }

        public VideoBlock? Video { get; set; }

        public AudioBlock? Audio { get; set; }

        public ToolUseBlock? ToolUse { get; set; }

        public ToolResultBlock? ToolResult { get; set; }

        public GuardrailContentBlock? GuardContent { get; set; }

        public CachePointBlock? CachePoint { get; set; }

        public ReasoningContentBlock? ReasoningContent { get; set; }

        public CitationsContentBlock? CitationsContent { get; set; }

        public SearchResultBlock? SearchResult { get; set; }

        public ToolChangeBlock? ToolAddition { get; set; }

        public ToolChangeBlock? ToolRemoval { get; set; }

        public static ContentBlock FromText(string text) => new ContentBlock { Text = text };

        public static ContentBlock FromImage(string format, byte[] bytes) =>
            new ContentBlock { Image = new ImageBlock { Format = format, Source = new ImageSource { Bytes = bytes } } };

        public static ContentBlock FromDocument(string format, string name, byte[] bytes) =>
            new ContentBlock { Document = new DocumentBlock { Format = format, Name = name, Source = new DocumentSource { Bytes = bytes } } };

        public static ContentBlock FromVideo(string format, byte[] bytes) =>
            new ContentBlock { Video = new VideoBlock { Format = format, Source = new MediaSource { Bytes = bytes } } };

        public static ContentBlock FromAudio(string format, byte[] bytes) =>
            new ContentBlock { Audio = new AudioBlock { Format = format, Source = new MediaSource { Bytes = bytes } } };

        public static ContentBlock FromToolUse(string toolUseId, string name, JsonElement input) =>
            new ContentBlock { ToolUse = new ToolUseBlock { ToolUseId = toolUseId, Name = name, Input = input.Clone() } };

        /// <summary>A tool result with text content; status is "success" or "error".</summary>
        public static ContentBlock FromToolResult(string toolUseId, string text, string? status = null) =>
            new ContentBlock
            {
                ToolResult = new ToolResultBlock
                {
                    ToolUseId = toolUseId,
                    Status = status,
                    Content = { new ToolResultContentBlock { Text = text } },
                },
            };

        /// <summary>A tool result with JSON content.</summary>
        public static ContentBlock FromToolResultJson(string toolUseId, JsonElement json, string? status = null) =>
            new ContentBlock
            {
                ToolResult = new ToolResultBlock
                {
                    ToolUseId = toolUseId,
                    Status = status,
                    Content = { new ToolResultContentBlock { Json = json.Clone() } },
                },
            };

        public static ContentBlock FromGuardContent(string text) =>
            new ContentBlock { GuardContent = new GuardrailContentBlock { Text = new GuardrailTextBlock { Text = text } } };

        public static ContentBlock FromCachePoint(string? ttl = null) =>
            new ContentBlock { CachePoint = new CachePointBlock { Ttl = ttl } };

        public static ContentBlock FromReasoning(string text, string? signature) =>
            new ContentBlock { ReasoningContent = new ReasoningContentBlock { ReasoningText = new ReasoningTextBlock { Text = text, Signature = signature } } };
    }
}
