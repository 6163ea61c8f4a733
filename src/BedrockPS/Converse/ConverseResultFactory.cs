using System.Collections.Generic;
using System.Text;
using BedrockPS.Conversion;
using BedrockPS.Core.Conversations;
using BedrockPS.Core.Models;

namespace BedrockPS.Converse
{
    /// <summary>Builds the ConverseResult users see from a conversation run.</summary>
    internal static class ConverseResultFactory
    {
        public static ConverseResult Create(ConversationOutcome outcome, ChatSession? session, object? input, System.Text.Json.JsonElement? data = null)
        {
            TokenUsage usage = outcome.Usage;
            Message? message = outcome.Message;
            return new ConverseResult(
                outcome.ModelId,
                outcome.Text,
                outcome.StopReason,
                usage.InputTokens,
                usage.OutputTokens,
                usage.TotalTokens != 0 ? usage.TotalTokens : usage.InputTokens + usage.OutputTokens,
                usage.CacheReadInputTokens ?? 0,
                usage.CacheWriteInputTokens ?? 0,
                outcome.LatencyMs,
                outcome.RequestId,
                message,
                ToolRequests(outcome.ToolUses),
                ReasoningOf(message),
                outcome.Rounds,
                session,
                input,
                data.HasValue ? JsonToPowerShell.ConvertData(data.Value) : null,
                outcome.Final.ServiceTier?.Type);
        }

        private static IReadOnlyList<ToolRequest> ToolRequests(IReadOnlyList<ToolUseBlock> uses)
        {
            var requests = new List<ToolRequest>(uses.Count);
            foreach (ToolUseBlock use in uses)
            {
                string json = use.Input.HasValue ? use.Input.Value.GetRawText() : "{}";
                requests.Add(new ToolRequest(use.ToolUseId ?? string.Empty, use.Name ?? string.Empty, JsonToPowerShell.TryParse(json), json));
            }
            return new ToolRequestList(requests);
        }

        private static string? ReasoningOf(Message? message)
        {
            if (message == null) return null;
            var builder = new StringBuilder();
            foreach (ContentBlock block in message.Content)
            {
                string? text = block.ReasoningContent?.ReasoningText?.Text;
                if (text != null) builder.Append(text);
            }
            return builder.Length == 0 ? null : builder.ToString();
        }
    }
}
