using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BedrockPS.Core.Models
{
    /// <summary>The result of Converse (or of a ConverseStream assembled by <see cref="ConverseStreamAccumulator"/>).</summary>
    public sealed class ConverseResponse
    {
        public ConverseOutput? Output { get; set; }

        /// <summary>The wire value (end_turn, tool_use, max_tokens, ...), passed through even when new.</summary>
        public string? StopReason { get; set; }

        public TokenUsage? Usage { get; set; }

        public ConverseMetrics? Metrics { get; set; }

        public JsonElement? AdditionalModelResponseFields { get; set; }

        public ConverseTrace? Trace { get; set; }

        public PerformanceConfiguration? PerformanceConfig { get; set; }

        public ServiceTier? ServiceTier { get; set; }

        /// <summary>From the x-amzn-RequestId header.</summary>
        [JsonIgnore]
        public string? RequestId { get; set; }

        /// <summary>How many HTTP attempts the call took.</summary>
        [JsonIgnore]
        public int Attempts { get; set; }

        /// <summary>All text blocks of the output message, joined.</summary>
        [JsonIgnore]
        public string Text
        {
            get
            {
                // The usual answer has one text block: return that string itself rather than a copy, which for a
                // long streamed answer would double the memory it takes.
                string? single = null;
                StringBuilder? builder = null;
                foreach (var block in Output?.Message?.Content ?? new List<ContentBlock>())
                {
                    if (block.Text == null)
                    {
                        continue;
                    }
                    if (single == null && builder == null)
                    {
                        single = block.Text;
                        continue;
                    }
                    builder ??= new StringBuilder(single);
                    single = null;
                    builder.Append(block.Text);
                }
                return builder?.ToString() ?? single ?? string.Empty;
            }
        }

        /// <summary>The tool calls the model asked for, in order.</summary>
        [JsonIgnore]
        public IReadOnlyList<ToolUseBlock> ToolUses
        {
            get
            {
                var uses = new List<ToolUseBlock>();
                foreach (var block in Output?.Message?.Content ?? new List<ContentBlock>())
                {
                    if (block.ToolUse != null)
                    {
                        uses.Add(block.ToolUse);
                    }
                }
                return uses;
            }
        }
    }
}
