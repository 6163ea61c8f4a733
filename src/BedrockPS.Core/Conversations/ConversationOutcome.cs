using System.Collections.Generic;
using BedrockPS.Core.Models;

namespace BedrockPS.Core.Conversations
{
    /// <summary>The result of a conversation run: the last response plus everything said along the way.</summary>
    public sealed class ConversationOutcome
    {
        internal ConversationOutcome(
            string modelId,
            ConverseResponse final,
            IReadOnlyList<Message> newMessages,
            IReadOnlyList<ToolUseBlock> toolUses,
            int rounds,
            bool toolRoundLimitReached,
            TokenUsage usage,
            long latencyMs,
            Conversation? session)
        {
            ModelId = modelId;
            Final = final;
            NewMessages = newMessages;
            ToolUses = toolUses;
            Rounds = rounds;
            ToolRoundLimitReached = toolRoundLimitReached;
            Usage = usage;
            LatencyMs = latencyMs;
            Session = session;
        }

        /// <summary>The model id the exchange was sent to (the call's, or else the session's).</summary>
        public string ModelId { get; }

        /// <summary>The response of the last round.</summary>
        public ConverseResponse Final { get; }

        /// <summary>Every message of every round in order, the user turn first.</summary>
        public IReadOnlyList<Message> NewMessages { get; }

        /// <summary>Every tool request of every round.</summary>
        public IReadOnlyList<ToolUseBlock> ToolUses { get; }

        /// <summary>Number of model calls made.</summary>
        public int Rounds { get; }

        /// <summary>True when the model still asked for tools after MaxToolRounds tool rounds.</summary>
        public bool ToolRoundLimitReached { get; }

        /// <summary>Tokens summed over all rounds.</summary>
        public TokenUsage Usage { get; }

        /// <summary>Service-measured latency summed over all rounds.</summary>
        public long LatencyMs { get; }

        /// <summary>The request id of the last round.</summary>
        public string? RequestId => Final.RequestId;

        /// <summary>Why the last round stopped (end_turn, tool_use, max_tokens, ...), as the service sent it.</summary>
        public string? StopReason => Final.StopReason;

        /// <summary>The assistant's last message.</summary>
        public Message? Message => Final.Output?.Message;

        /// <summary>All text blocks of the assistant's last message, joined; empty when it had none.</summary>
        public string Text => Final.Text;

        /// <summary>The session that was continued, already updated; null for a one-off exchange.</summary>
        public Conversation? Session { get; }
    }
}
