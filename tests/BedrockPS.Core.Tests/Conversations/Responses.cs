using System.Collections.Generic;
using System.Text.Json;
using BedrockPS.Core.Models;

namespace BedrockPS.Core.Tests.Conversations
{
    /// <summary>Converse responses as the service shapes them, for scripted tests.</summary>
    internal static class Responses
    {
        internal static ConverseResponse Text(string text, int inputTokens = 10, int outputTokens = 5) =>
            Build("end_turn", new List<ContentBlock> { ContentBlock.FromText(text) }, inputTokens, outputTokens);

        internal static ConverseResponse ToolUse(string id, string name, string inputJson, string? preface = "Let me check.")
        {
            var content = new List<ContentBlock>();
            if (preface != null)
            {
                content.Add(ContentBlock.FromText(preface));
            }

            using JsonDocument input = JsonDocument.Parse(inputJson);
            content.Add(ContentBlock.FromToolUse(id, name, input.RootElement));
            return Build("tool_use", content, 20, 8);
        }

        private static ConverseResponse Build(string stopReason, List<ContentBlock> content, int inputTokens, int outputTokens)
        {
            return new ConverseResponse
            {
                Output = new ConverseOutput { Message = new Message { Role = "assistant", Content = content } },
                StopReason = stopReason,
                Usage = new TokenUsage { InputTokens = inputTokens, OutputTokens = outputTokens, TotalTokens = inputTokens + outputTokens, CacheReadInputTokens = 2 },
                Metrics = new ConverseMetrics { LatencyMs = 100 },
                RequestId = "req-" + stopReason,
            };
        }
    }
}
