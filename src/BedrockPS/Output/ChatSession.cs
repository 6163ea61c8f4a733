using System;
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

        /// <summary>The session's default schema as compact JSON text, or null: every answer then carries Data.</summary>
        public string? JsonSchema
        {
            get
            {
                var schema = Conversation.Defaults.StructuredOutput;
                // Compact whatever layout the schema came in (a session file writes it indented).
                return schema == null ? null : global::System.Text.Json.JsonSerializer.Serialize(schema.Validator.Schema);
            }
        }

        /// <summary>Auto, Native or Tool when the session has a schema; null otherwise.</summary>
        public string? StructuredOutputMode => Conversation.Defaults.StructuredOutput?.Mode.ToString();

        /// <summary>The default service tier of every turn (a call's own wins), or null.</summary>
        public string? ServiceTier => Conversation.Defaults.ServiceTier;

        public string? Latency => Conversation.Defaults.Latency;

        public string? Effort => Conversation.Defaults.Effort;

        public bool CacheSystemPrompt => Conversation.Defaults.CacheSystemPrompt;

        public bool CacheTools => Conversation.Defaults.CacheTools;

        public string? CacheTtl => Conversation.Defaults.CacheTtl;

        /// <summary>A copy of the default request metadata pairs (empty when none).</summary>
        public IReadOnlyDictionary<string, string> RequestMetadata =>
            Conversation.Defaults.RequestMetadata is IReadOnlyDictionary<string, string> pairs
                ? new Dictionary<string, string>(pairs.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal)
                : new Dictionary<string, string>(StringComparer.Ordinal);

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
