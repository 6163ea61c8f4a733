using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BedrockPS.Core.Models
{
    /// <summary>The result of Converse (or of a ConverseStream assembled by <see cref="ConverseStreamAccumulator"/>).</summary>
    public sealed class ConverseResponse
    {
        /// <summary>The reply; see also <see cref="Text"/> and <see cref="ToolUses"/>.</summary>
        public ConverseOutput? Output { get; set; }

        /// <summary>The wire value (end_turn, tool_use, max_tokens, ...), passed through even when new.</summary>
        public string? StopReason { get; set; }

        /// <summary>Token counts of the call, as the service reports them.</summary>
        public TokenUsage? Usage { get; set; }

        /// <summary>Service-side latency.</summary>
        public ConverseMetrics? Metrics { get; set; }

        /// <summary>Model-specific fields asked for with <see cref="ConverseRequest.AdditionalModelResponseFieldPaths"/>, as returned.</summary>
        public JsonElement? AdditionalModelResponseFields { get; set; }

        /// <summary>Guardrail and prompt-router trace; null unless tracing was asked for or a router was used.</summary>
        public ConverseTrace? Trace { get; set; }

        /// <summary>The latency mode the service actually used.</summary>
        public PerformanceConfiguration? PerformanceConfig { get; set; }

        /// <summary>The tier the service actually used.</summary>
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
                    if (block?.Text == null)
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
                    if (block?.ToolUse != null)
                    {
                        uses.Add(block.ToolUse);
                    }
                }
                return uses;
            }
        }
    }
}
