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

        /// <summary>The model the session talks to, or null when each call names one.</summary>
        public string? ModelId => Conversation.ModelId;

        /// <summary>The system prompt sent with every turn, or null.</summary>
        public string? System => Conversation.System;

        /// <summary>The most tokens an answer may have, or null for the model's default.</summary>
        public int? MaxTokens => Conversation.InferenceConfig?.MaxTokens;

        /// <summary>Randomness of the answers (0 to 1), or null for the model's default.</summary>
        public float? Temperature => Conversation.InferenceConfig?.Temperature;

        /// <summary>Nucleus sampling (0 to 1), or null for the model's default.</summary>
        public float? TopP => Conversation.InferenceConfig?.TopP;

        /// <summary>Texts that end an answer (a copy).</summary>
        public IReadOnlyList<string> StopSequences => Conversation.InferenceConfig?.StopSequences?.ToList() ?? new List<string>();

        /// <summary>The tools offered on every turn (copies).</summary>
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

        /// <summary>Standard or Optimized for every turn unless a call gives its own, or null.</summary>
        public string? Latency => Conversation.Defaults.Latency;

        /// <summary>The effort asked of the model on every turn unless a call gives its own, or null.</summary>
        public string? Effort => Conversation.Defaults.Effort;

        /// <summary>Whether every turn puts a cache point after the system prompt.</summary>
        public bool CacheSystemPrompt => Conversation.Defaults.CacheSystemPrompt;

        /// <summary>Whether every turn puts a cache point after the tool list.</summary>
        public bool CacheTools => Conversation.Defaults.CacheTools;

        /// <summary>How long the session's cache points live (5m or 1h), or null for the configured default.</summary>
        public string? CacheTtl => Conversation.Defaults.CacheTtl;

        /// <summary>A copy of the default request metadata pairs (empty when none).</summary>
        public IReadOnlyDictionary<string, string> RequestMetadata =>
            Conversation.Defaults.RequestMetadata is IReadOnlyDictionary<string, string> pairs
                ? new Dictionary<string, string>(pairs.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal)
                : new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Every message so far, oldest first: deep copies, so the session changes only through the cmdlets.</summary>
        // Core's message type, as ConverseResult.Message (see there).
        public IReadOnlyList<Message> Messages => Conversation.Messages;

        /// <summary>User prompts answered.</summary>
        public int Turns => Conversation.Turns;

        /// <summary>Input tokens of every turn so far.</summary>
        public long InputTokens => Conversation.InputTokens;

        /// <summary>Output tokens of every turn so far.</summary>
        public long OutputTokens => Conversation.OutputTokens;

        /// <summary>Input plus output tokens of every turn so far.</summary>
        public long TotalTokens => Conversation.TotalTokens;

        /// <summary>Input tokens read from the prompt cache so far.</summary>
        public long CacheReadInputTokens => Conversation.CacheReadInputTokens;

        /// <summary>Input tokens written to the prompt cache so far.</summary>
        public long CacheWriteInputTokens => Conversation.CacheWriteInputTokens;

        /// <summary>The Core conversation this wraps; the runner appends to it.</summary>
        internal Conversation Conversation { get; }

        /// <summary>The model, the number of turns and the tokens used, on one line.</summary>
        public override string ToString()
        {
            return $"{ModelId ?? "(no model)"}: {Turns} turn{(Turns == 1 ? "" : "s")}, {TotalTokens} tokens";
        }
    }
}
