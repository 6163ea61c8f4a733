using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using BedrockPS.Core.Models;

namespace BedrockPS.Core
{
    /// <summary>
    /// Builds, from ConverseStream events, the same <see cref="ConverseResponse"/> a Converse call would return.
    /// Not thread-safe: feed it from the one loop that reads the stream.
    /// </summary>
    public sealed class ConverseStreamAccumulator
    {
        private readonly SortedDictionary<int, BlockBuilder> blocks = new SortedDictionary<int, BlockBuilder>();
        private string role = "assistant";

        /// <summary>Every text delta received so far, joined (built on demand: keeping a second copy would double the memory of long answers).</summary>
        public string Text
        {
            get
            {
                var text = new StringBuilder();
                foreach (var block in blocks.Values)
                {
                    text.Append(block.Text);
                }
                return text.ToString();
            }
        }

        public string? StopReason { get; private set; }

        public TokenUsage? Usage { get; private set; }

        public ConverseMetrics? Metrics { get; private set; }

        public string? RequestId { get; set; }

        /// <summary>True once the metadata event (the last one) has arrived.</summary>
        public bool IsComplete { get; private set; }

        private JsonElement? additionalModelResponseFields;
        private ConverseTrace? trace;
        private PerformanceConfiguration? performanceConfig;
        private ServiceTier? serviceTier;

        public void Add(ConverseStreamEvent streamEvent)
        {
            if (streamEvent == null)
            {
                throw new ArgumentNullException(nameof(streamEvent));
            }
            if (streamEvent.RequestId != null)
            {
                RequestId = streamEvent.RequestId;
            }
            if (streamEvent.MessageStart?.Role != null)
            {
                role = streamEvent.MessageStart.Role;
            }
            if (streamEvent.ContentBlockStart != null)
            {
                AddStart(streamEvent.ContentBlockStart);
            }
            if (streamEvent.ContentBlockDelta != null)
            {
                AddDelta(streamEvent.ContentBlockDelta);
            }
            if (streamEvent.MessageStop != null)
            {
                StopReason = streamEvent.MessageStop.StopReason;
                additionalModelResponseFields = streamEvent.MessageStop.AdditionalModelResponseFields;
            }
            if (streamEvent.Metadata != null)
            {
                Usage = streamEvent.Metadata.Usage;
                Metrics = streamEvent.Metadata.Metrics;
                trace = streamEvent.Metadata.Trace;
                performanceConfig = streamEvent.Metadata.PerformanceConfig;
                serviceTier = streamEvent.Metadata.ServiceTier;
                IsComplete = true;
            }
        }

        /// <summary>The response as received so far (complete once <see cref="IsComplete"/>).</summary>
        public ConverseResponse ToResponse()
        {
            var message = new Message { Role = role };
            foreach (var block in blocks.Values)
            {
                message.Content.Add(block.Build());
            }
            return new ConverseResponse
            {
                Output = new ConverseOutput { Message = message },
                StopReason = StopReason,
                Usage = Usage,
                Metrics = Metrics,
                AdditionalModelResponseFields = additionalModelResponseFields,
                Trace = trace,
                PerformanceConfig = performanceConfig,
                ServiceTier = serviceTier,
                RequestId = RequestId,
            };
        }

        private BlockBuilder BlockAt(int index)
        {
            if (!blocks.TryGetValue(index, out var block))
            {
                block = new BlockBuilder();
                blocks[index] = block;
            }
            return block;
        }

        private void AddStart(ContentBlockStartEvent start)
        {
            var block = BlockAt(start.ContentBlockIndex);
            if (start.Start?.ToolUse != null)
            {
                block.ToolUseStart = start.Start.ToolUse;
            }
            if (start.Start?.ToolResult != null)
            {
                block.ToolResultStart = start.Start.ToolResult;
            }
            if (start.Start?.Image != null)
            {
                block.ImageFormat = start.Start.Image.Format;
            }
        }

        private void AddDelta(ContentBlockDeltaEvent deltaEvent)
        {
            var delta = deltaEvent.Delta;
            if (delta == null)
            {
                return;
            }
            var block = BlockAt(deltaEvent.ContentBlockIndex);
            if (delta.Text != null)
            {
                block.Text ??= new StringBuilder();
                block.Text.Append(delta.Text);
            }
            if (delta.ToolUse?.Input != null)
            {
                block.ToolInput ??= new StringBuilder();
                block.ToolInput.Append(delta.ToolUse.Input);
            }
            if (delta.ToolResult != null)
            {
                block.ToolResultParts ??= new List<ToolResultBlockDelta>();
                block.ToolResultParts.AddRange(delta.ToolResult);
            }
            if (delta.ReasoningContent != null)
            {
                if (delta.ReasoningContent.Text != null)
                {
                    block.ReasoningText ??= new StringBuilder();
                    block.ReasoningText.Append(delta.ReasoningContent.Text);
                }
                if (delta.ReasoningContent.Signature != null)
                {
                    block.ReasoningSignature = (block.ReasoningSignature ?? "") + delta.ReasoningContent.Signature;
                }
                if (delta.ReasoningContent.RedactedContent != null)
                {
                    block.RedactedContent ??= new MemoryStream();
                    block.RedactedContent.Write(delta.ReasoningContent.RedactedContent, 0, delta.ReasoningContent.RedactedContent.Length);
                }
            }
            if (delta.Citation != null)
            {
                block.Citations ??= new List<Citation>();
                block.Citations.Add(new Citation
                {
                    Title = delta.Citation.Title,
                    Source = delta.Citation.Source,
                    SourceContent = delta.Citation.SourceContent,
                    Location = delta.Citation.Location,
                });
            }
            if (delta.Image != null)
            {
                block.ImageSource = delta.Image.Source ?? block.ImageSource;
                block.ImageError = delta.Image.Error ?? block.ImageError;
            }
        }

        /// <summary>Collects the pieces of one content block until the stream ends.</summary>
        private sealed class BlockBuilder
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
}
