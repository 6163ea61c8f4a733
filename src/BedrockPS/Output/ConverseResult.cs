using System.Collections.Generic;
using BedrockPS.Core.Models;

namespace BedrockPS
{
    /// <summary>
    /// One answer of Invoke-BedrockConverse. Scalar properties (Text, StopReason, token counts, LatencyMs)
    /// flatten into CSV; Message keeps every content block of the assistant's reply. In a string context the
    /// object is its Text.
    /// </summary>
    public sealed class ConverseResult
    {
        internal ConverseResult(
            string modelId,
            string text,
            string? stopReason,
            int inputTokens,
            int outputTokens,
            int totalTokens,
            int cacheReadInputTokens,
            int cacheWriteInputTokens,
            long latencyMs,
            string? requestId,
            Message? message,
            IReadOnlyList<ToolRequest> toolUse,
            string? reasoning,
            int rounds,
            ChatSession? session,
            object? input,
            object? data,
            string? serviceTier)
        {
            Data = data;
            ServiceTier = serviceTier;
            ModelId = modelId;
            Text = text;
            StopReason = stopReason;
            InputTokens = inputTokens;
            OutputTokens = outputTokens;
            TotalTokens = totalTokens;
            CacheReadInputTokens = cacheReadInputTokens;
            CacheWriteInputTokens = cacheWriteInputTokens;
            LatencyMs = latencyMs;
            RequestId = requestId;
            Message = message;
            ToolUse = toolUse;
            Reasoning = reasoning;
            Rounds = rounds;
            Session = session;
            Input = input;
        }

        /// <summary>The model or inference profile that answered, as it was named in the call.</summary>
        public string ModelId { get; }

        /// <summary>All text blocks of the answer, joined.</summary>
        public string Text { get; }

        /// <summary>The wire value: end_turn, tool_use, max_tokens, stop_sequence, guardrail_intervened, ...</summary>
        public string? StopReason { get; }

        /// <summary>Input tokens billed for the call (summed over tool rounds).</summary>
        public int InputTokens { get; }

        /// <summary>Output tokens billed for the call (summed over tool rounds).</summary>
        public int OutputTokens { get; }

        /// <summary>Input plus output tokens.</summary>
        public int TotalTokens { get; }

        /// <summary>Input tokens read from the prompt cache.</summary>
        public int CacheReadInputTokens { get; }

        /// <summary>Input tokens written to the prompt cache.</summary>
        public int CacheWriteInputTokens { get; }

        /// <summary>Latency measured by the service (summed over tool rounds).</summary>
        public long LatencyMs { get; }

        /// <summary>The service's request id of the last model call, for support cases and logs.</summary>
        public string? RequestId { get; }

        /// <summary>The whole assistant message, every content block kept.</summary>
        // Core's message type on purpose (the format file has its view): an output property is only read after import,
        // when the dependency load context exists, unlike the cmdlet and parameter types PowerShell inspects at import.
        public Message? Message { get; }

        /// <summary>The tool requests of the answer (every round when tools ran).</summary>
        public IReadOnlyList<ToolRequest> ToolUse { get; }

        /// <summary>The model's reasoning text, when it returned any.</summary>
        public string? Reasoning { get; }

        /// <summary>Model calls made: 1, or more when tools ran.</summary>
        public int Rounds { get; }

        /// <summary>The session continued by this call, already holding this exchange.</summary>
        public ChatSession? Session { get; }

        /// <summary>The pipeline object this answers (a CSV row, for example).</summary>
        public object? Input { get; }

        /// <summary>With -JsonSchema: the answer as PowerShell objects, validated against the schema.</summary>
        public object? Data { get; }

        /// <summary>The service tier that served the call, as the service reported it (default, priority, flex, reserved).</summary>
        public string? ServiceTier { get; }

        /// <summary>The answer text, so a result in a string context is what the model said.</summary>
        public override string ToString() => Text;
    }
}
