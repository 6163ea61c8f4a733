using System;
using System.Collections.Generic;
using BedrockPS.Core.Models;

namespace BedrockPS.Core.Conversations
{
    /// <summary>
    /// A conversation held by the user: model, system prompt, inference settings, tools, the message history and token
    /// totals. <see cref="ConversationRunner"/> appends to it only when a whole run succeeds.
    /// </summary>
    public sealed class Conversation
    {
        private readonly object gate = new object();

        public Conversation()
        {
        }

        public Conversation(string? modelId, string? system = null)
        {
            ModelId = modelId;
            System = system;
        }

        public string? ModelId { get; set; }

        public string? System { get; set; }

        public InferenceConfiguration? InferenceConfig { get; set; }

        public List<ConversationTool> Tools { get; set; } = new List<ConversationTool>();

        public List<Message> Messages { get; set; } = new List<Message>();

        /// <summary>User prompts answered (a tool-using exchange of several rounds counts once).</summary>
        public int Turns { get; set; }

        public long InputTokens { get; set; }

        public long OutputTokens { get; set; }

        public long TotalTokens { get; set; }

        public long CacheReadInputTokens { get; set; }

        public long CacheWriteInputTokens { get; set; }

        /// <summary>A copy whose lists can change without touching this one (messages themselves are shared: they are never edited in place).</summary>
        public Conversation Clone()
        {
            lock (gate)
            {
                return new Conversation
                {
                    ModelId = ModelId,
                    System = System,
                    InferenceConfig = CloneInference(InferenceConfig),
                    Tools = new List<ConversationTool>(Tools),
                    Messages = new List<Message>(Messages),
                    Turns = Turns,
                    InputTokens = InputTokens,
                    OutputTokens = OutputTokens,
                    TotalTokens = TotalTokens,
                    CacheReadInputTokens = CacheReadInputTokens,
                    CacheWriteInputTokens = CacheWriteInputTokens,
                };
            }
        }

        /// <summary>Forgets the history and the totals; model, system prompt, settings and tools stay.</summary>
        public void Clear()
        {
            lock (gate)
            {
                Messages = new List<Message>();
                Turns = 0;
                InputTokens = 0;
                OutputTokens = 0;
                TotalTokens = 0;
                CacheReadInputTokens = 0;
                CacheWriteInputTokens = 0;
            }
        }

        /// <summary>The history as it is now, copied under the lock so a concurrent commit cannot tear it.</summary>
        internal List<Message> SnapshotMessages()
        {
            lock (gate)
            {
                return new List<Message>(Messages);
            }
        }

        /// <summary>Appends a finished exchange and its usage in one step.</summary>
        internal void Commit(IReadOnlyList<Message> newMessages, TokenUsage usage)
        {
            if (newMessages == null)
            {
                throw new ArgumentNullException(nameof(newMessages));
            }

            lock (gate)
            {
                var messages = new List<Message>(Messages.Count + newMessages.Count);
                messages.AddRange(Messages);
                messages.AddRange(newMessages);
                Messages = messages;
                Turns++;
                InputTokens += usage.InputTokens;
                OutputTokens += usage.OutputTokens;
                TotalTokens += usage.TotalTokens;
                CacheReadInputTokens += usage.CacheReadInputTokens ?? 0;
                CacheWriteInputTokens += usage.CacheWriteInputTokens ?? 0;
            }
        }

        private static InferenceConfiguration? CloneInference(InferenceConfiguration? source)
        {
            if (source == null)
            {
                return null;
            }

            return new InferenceConfiguration
            {
                MaxTokens = source.MaxTokens,
                Temperature = source.Temperature,
                TopP = source.TopP,
                StopSequences = source.StopSequences == null ? null : new List<string>(source.StopSequences),
            };
        }
    }
}
