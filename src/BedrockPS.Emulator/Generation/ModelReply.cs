using System;
using System.Collections.Generic;

namespace BedrockPS.Emulator.Generation
{
    /// <summary>The deterministic model's answer, ready to be written in any wire format.</summary>
    internal sealed class ModelReply
    {
        public string? ReasoningText { get; set; }
        public string? ReasoningSignature { get; set; }
        /// <summary>The answer text as word-sized deltas (each delta is one token); joined, they are the text.</summary>
        public List<string> TextDeltas { get; } = new List<string>();
        public List<ToolCall> ToolCalls { get; } = new List<ToolCall>();
        /// <summary>Converse stop reason: end_turn, tool_use, max_tokens, stop_sequence...</summary>
        public string StopReason { get; set; } = "end_turn";
        /// <summary>The stop sequence that ended the text, when StopReason is stop_sequence.</summary>
        public string? MatchedStopSequence { get; set; }
        public int InputTokens { get; set; }
        public int OutputTokens { get; set; }
        public TimeSpan Latency { get; set; }
        /// <summary>A fault from the scenario rule that produced this reply.</summary>
        public FaultSpec? Fault { get; set; }

        public string Text => string.Concat(TextDeltas);
    }
}
