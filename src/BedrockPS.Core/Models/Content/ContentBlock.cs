using System.Text.Json;

namespace BedrockPS.Core.Models
{
    /// <summary>
    /// One block of a message. This is a union on the wire: exactly one property is set.
    /// </summary>
    public sealed class ContentBlock
    {
        /// <summary>Plain text (wire <c>text</c>).</summary>
        public string? Text { get; set; }

        /// <summary>An image, inline or from S3 (wire <c>image</c>).</summary>
        public ImageBlock? Image { get; set; }

        /// <summary>A document such as a PDF or spreadsheet (wire <c>document</c>).</summary>
        public DocumentBlock? Document { get; set; }

        /// <summary>A video clip (wire <c>video</c>).</summary>
        public VideoBlock? Video { get; set; }

        /// <summary>An audio clip (wire <c>audio</c>).</summary>
        public AudioBlock? Audio { get; set; }

        /// <summary>A tool call the model asks the caller to run; only in assistant messages (wire <c>toolUse</c>).</summary>
        public ToolUseBlock? ToolUse { get; set; }

        /// <summary>The caller's answer to an earlier <see cref="ToolUse"/>; only in user messages (wire <c>toolResult</c>).</summary>
        public ToolResultBlock? ToolResult { get; set; }

        /// <summary>Content the guardrail should assess; when a message has none, the guardrail assesses the whole message (wire <c>guardContent</c>).</summary>
        public GuardrailContentBlock? GuardContent { get; set; }

        /// <summary>A prompt-cache checkpoint: everything before it may be cached (wire <c>cachePoint</c>).</summary>
        public CachePointBlock? CachePoint { get; set; }

        /// <summary>The model's reasoning; must be sent back unchanged in later turns (wire <c>reasoningContent</c>).</summary>
        public ReasoningContentBlock? ReasoningContent { get; set; }

        /// <summary>Generated text with the citations that support it; only in responses (wire <c>citationsContent</c>).</summary>
        public CitationsContentBlock? CitationsContent { get; set; }

        /// <summary>A search result given to the model so it can cite it (wire <c>searchResult</c>).</summary>
        public SearchResultBlock? SearchResult { get; set; }

        /// <summary>Makes a declared tool available from this point of the conversation (wire <c>toolAddition</c>).</summary>
        public ToolChangeBlock? ToolAddition { get; set; }

        /// <summary>Withdraws a tool from this point of the conversation (wire <c>toolRemoval</c>).</summary>
        public ToolChangeBlock? ToolRemoval { get; set; }

        /// <summary>A text block.</summary>
        /// <param name="text">The text, sent as given.</param>
        public static ContentBlock FromText(string text) => new ContentBlock { Text = text };

        /// <summary>An image block with inline bytes.</summary>
        /// <param name="format">png, jpeg, gif or webp.</param>
        /// <param name="bytes">The image file's bytes; not copied, so do not change them afterwards.</param>
        public static ContentBlock FromImage(string format, byte[] bytes) =>
            new ContentBlock { Image = new ImageBlock { Format = format, Source = new ImageSource { Bytes = bytes } } };

        /// <summary>A document block with inline bytes.</summary>
        /// <param name="format">pdf, csv, doc, docx, xls, xlsx, html, txt or md.</param>
        /// <param name="name">Name shown to the model; the service requires 1 to 200 characters (letters, digits, single spaces, hyphens, parentheses, square brackets).</param>
        /// <param name="bytes">The file's bytes; not copied.</param>
        public static ContentBlock FromDocument(string format, string name, byte[] bytes) =>
            new ContentBlock { Document = new DocumentBlock { Format = format, Name = name, Source = new DocumentSource { Bytes = bytes } } };

        /// <summary>A video block with inline bytes.</summary>
        /// <param name="format">mkv, mov, mp4, webm, flv, mpeg, mpg, wmv or three_gp.</param>
        /// <param name="bytes">The file's bytes; not copied.</param>
        public static ContentBlock FromVideo(string format, byte[] bytes) =>
            new ContentBlock { Video = new VideoBlock { Format = format, Source = new MediaSource { Bytes = bytes } } };

        /// <summary>An audio block with inline bytes.</summary>
        /// <param name="format">For example mp3, wav, flac, ogg or pcm.</param>
        /// <param name="bytes">The file's bytes; not copied.</param>
        public static ContentBlock FromAudio(string format, byte[] bytes) =>
            new ContentBlock { Audio = new AudioBlock { Format = format, Source = new MediaSource { Bytes = bytes } } };

        /// <summary>A tool call block, as the model sends it (used when rebuilding a saved conversation).</summary>
        /// <param name="toolUseId">Id the matching tool result must quote.</param>
        /// <param name="name">Name of the tool called.</param>
        /// <param name="input">Tool input; cloned, so the caller's document may be disposed.</param>
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

        /// <summary>Text the guardrail should assess (and, in a request with guard content, the only text it assesses).</summary>
        /// <param name="text">The text to assess.</param>
        public static ContentBlock FromGuardContent(string text) =>
            new ContentBlock { GuardContent = new GuardrailContentBlock { Text = new GuardrailTextBlock { Text = text } } };

        /// <summary>A prompt-cache checkpoint.</summary>
        /// <param name="ttl">"5m" or "1h"; null uses the service's default lifetime.</param>
        public static ContentBlock FromCachePoint(string? ttl = null) =>
            new ContentBlock { CachePoint = new CachePointBlock { Ttl = ttl } };

        /// <summary>A reasoning block, as the model sent it; used to replay reasoning in a later turn.</summary>
        /// <param name="text">The reasoning text.</param>
        /// <param name="signature">The signature that came with it; the service rejects replayed reasoning whose text or signature changed.</param>
        public static ContentBlock FromReasoning(string text, string? signature) =>
            new ContentBlock { ReasoningContent = new ReasoningContentBlock { ReasoningText = new ReasoningTextBlock { Text = text, Signature = signature } } };
    }
}
