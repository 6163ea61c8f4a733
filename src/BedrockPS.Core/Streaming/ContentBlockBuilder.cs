using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using BedrockPS.Core.Models;

namespace BedrockPS.Core
{
    /// <summary>Collects the pieces of one content block until the stream ends.</summary>
    internal sealed class ContentBlockBuilder
    {
        public StringBuilder? Text;
        public ToolUseBlockStart? ToolUseStart;
        public StringBuilder? ToolInput;
        public ToolResultBlockStart? ToolResultStart;
        public List<ToolResultBlockDelta>? ToolResultParts;
        public StringBuilder? ReasoningText;
        public string? ReasoningSignature;
        public MemoryStream? RedactedContent;
        public List<Citation>? Citations;
        public string? ImageFormat;
        public ImageSource? ImageSource;
        public ErrorBlock? ImageError;

        public ContentBlock Build()
        {
            if (ToolUseStart != null)
            {
                return new ContentBlock
                {
                    ToolUse = new ToolUseBlock
                    {
                        ToolUseId = ToolUseStart.ToolUseId,
                        Name = ToolUseStart.Name,
                        Type = ToolUseStart.Type,
                        Input = ParseToolInput(ToolInput?.ToString()),
                    },
                };
            }
            if (ToolResultStart != null)
            {
                var result = new ToolResultBlock
                {
                    ToolUseId = ToolResultStart.ToolUseId,
                    Status = ToolResultStart.Status,
                    Type = ToolResultStart.Type,
                };
                foreach (var part in ToolResultParts ?? new List<ToolResultBlockDelta>())
                {
                    result.Content.Add(new ToolResultContentBlock { Text = part.Text, Json = part.Json });
                }
                return new ContentBlock { ToolResult = result };
            }
            if (ReasoningText != null || ReasoningSignature != null)
            {
                return new ContentBlock
                {
                    ReasoningContent = new ReasoningContentBlock
                    {
                        ReasoningText = new ReasoningTextBlock { Text = ReasoningText?.ToString() ?? "", Signature = ReasoningSignature },
                    },
                };
            }
            if (RedactedContent != null)
            {
                return new ContentBlock { ReasoningContent = new ReasoningContentBlock { RedactedContent = RedactedContent.ToArray() } };
            }
            if (Citations != null)
            {
                // Text that carries citations comes back from Converse as a citationsContent block.
                var generated = new List<TextContentBlock>();
                if (Text != null)
                {
                    generated.Add(new TextContentBlock { Text = Text.ToString() });
                }
                return new ContentBlock { CitationsContent = new CitationsContentBlock { Content = generated, Citations = Citations } };
            }
            if (ImageFormat != null || ImageSource != null)
            {
                return new ContentBlock { Image = new ImageBlock { Format = ImageFormat, Source = ImageSource, Error = ImageError } };
            }
            return new ContentBlock { Text = Text?.ToString() ?? "" };
        }

        private static JsonElement ParseToolInput(string? json)
        {
            // A tool with no input streams no fragments; Converse reports that as an empty object.
            var text = string.IsNullOrWhiteSpace(json) ? "{}" : json!;
            try
            {
                using var document = JsonDocument.Parse(text);
                return document.RootElement.Clone();
            }
            catch (JsonException exception)
            {
                throw new BedrockServiceException(
                    BedrockErrorCodes.InvalidResponse,
                    "The tool input streamed by the model is not valid JSON: " + exception.Message);
            }
        }
    }
}
