using System.Collections.Generic;
using System.Linq;
using BedrockPS.Core.Conversations;
using BedrockPS.Core.Models;

namespace BedrockPS
{
    /// <summary>
    /// A conversation the user holds: pass it to Invoke-BedrockConverse -Session (or pipe a result that carries it)
    /// to continue, save it with Export-BedrockSession. Its properties show the conversation as it is now.
    /// </summary>
    public sealed class ChatSession
    {
        internal ChatSession(Conversation conversation)
        {
            Conversation = conversation;
        }

        public string? ModelId => Conversation.ModelId;

        public string? System => Conversation.System;

        public int? MaxTokens => Conversation.InferenceConfig?.MaxTokens;

        public float? Temperature => Conversation.InferenceConfig?.Temperature;

        public float? TopP => Conversation.InferenceConfig?.TopP;

        public IReadOnlyList<string> StopSequences => Conversation.InferenceConfig?.StopSequences?.ToList() ?? new List<string>();

        public IReadOnlyList<ToolDefinition> Tools => Conversation.Tools.Select(t => new ToolDefinition(t)).ToList();

        /// <summary>Every message so far, oldest first (a copy: the session changes only through the cmdlets).</summary>
        public IReadOnlyList<Message> Messages => Conversation.Messages.ToList();

        /// <summary>User prompts answered.</summary>
        public int Turns => Conversation.Turns;

        public long InputTokens => Conversation.InputTokens;

        public long OutputTokens => Conversation.OutputTokens;

        public long TotalTokens => Conversation.TotalTokens;

        public long CacheReadInputTokens => Conversation.CacheReadInputTokens;

        public long CacheWriteInputTokens => Conversation.CacheWriteInputTokens;

        /// <summary>The Core conversation this wraps; the runner appends to it.</summary>
        internal Conversation Conversation { get; }

        public override string ToString()
        {
            return $"{ModelId ?? "(no model)"}: {Turns} turn{(Turns == 1 ? "" : "s")}, {TotalTokens} tokens";
        }
    }
}
