using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
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
        // One wrapper per conversation, so a result's Session is the very object the user passed in.
        private static readonly ConditionalWeakTable<Conversation, ChatSession> Wrappers = new ConditionalWeakTable<Conversation, ChatSession>();

        private ChatSession(Conversation conversation)
        {
            Conversation = conversation;
        }

        /// <summary>The session object of <paramref name="conversation"/> (created on first use).</summary>
        internal static ChatSession For(Conversation conversation) => Wrappers.GetValue(conversation, c => new ChatSession(c));

        public string? ModelId => Conversation.ModelId;

        public string? System => Conversation.System;

        public int? MaxTokens => Conversation.InferenceConfig?.MaxTokens;

        public float? Temperature => Conversation.InferenceConfig?.Temperature;

        public float? TopP => Conversation.InferenceConfig?.TopP;

        public IReadOnlyList<string> StopSequences => Conversation.InferenceConfig?.StopSequences?.ToList() ?? new List<string>();

        public IReadOnlyList<ToolDefinition> Tools => Conversation.Tools.Select(t => new ToolDefinition(t)).ToList();

        /// <summary>Every message so far, oldest first: deep copies, so the session changes only through the cmdlets.</summary>
        public IReadOnlyList<Message> Messages => Conversation.Messages;

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
