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
        private readonly SortedDictionary<int, ContentBlockBuilder> blocks = new SortedDictionary<int, ContentBlockBuilder>();
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

        /// <summary>Why generation stopped, from the messageStop event; null until it arrives.</summary>
        public string? StopReason { get; private set; }

        /// <summary>Token counts, from the metadata event; null until it arrives.</summary>
        public TokenUsage? Usage { get; private set; }

        /// <summary>Service-side latency, from the metadata event; null until it arrives.</summary>
        public ConverseMetrics? Metrics { get; private set; }

        /// <summary>The stream's x-amzn-RequestId, taken from the events (or set by the caller).</summary>
        public string? RequestId { get; set; }

        /// <summary>True once the metadata event (the last one) has arrived.</summary>
        public bool IsComplete { get; private set; }

        private JsonElement? additionalModelResponseFields;
        private ConverseTrace? trace;
        private PerformanceConfiguration? performanceConfig;
        private ServiceTier? serviceTier;

        /// <summary>Folds one event into the response being built. Unknown event kinds are ignored.</summary>
        /// <param name="streamEvent">The next event, in stream order.</param>
        /// <exception cref="ArgumentNullException"><paramref name="streamEvent"/> is null.</exception>
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

        private ContentBlockBuilder BlockAt(int index)
        {
            if (!blocks.TryGetValue(index, out var block))
            {
                block = new ContentBlockBuilder();
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
    }
}
