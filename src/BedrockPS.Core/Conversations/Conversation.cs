using System;
using System.Collections.Generic;
using BedrockPS.Core.Models;

namespace BedrockPS.Core.Conversations
{
    /// <summary>
    /// A conversation held by the user: model, system prompt, inference settings, tools, the message history and token
    /// totals. <see cref="ConversationRunner"/> appends to it only when a whole run succeeds. The history and the tools
    /// are private behind its lock: readers get copies, so nothing handed out can rewrite the conversation.
    /// </summary>
    public sealed class Conversation
    {
        private readonly object gate = new object();

        /// <summary>An empty conversation with no model; give <see cref="ModelId"/> or pass a model with each turn.</summary>
        public Conversation()
        {
        }

        /// <summary>An empty conversation bound to a model.</summary>
        /// <param name="modelId">Model id, inference profile or ARN used when a turn gives none.</param>
        /// <param name="system">System prompt sent with every turn; null for none.</param>
        public Conversation(string? modelId, string? system = null)
        {
            ModelId = modelId;
            System = system;
        }

        /// <summary>Model id, inference profile id or ARN a turn is sent to when the call gives none.</summary>
        public string? ModelId { get; set; }

        /// <summary>System prompt sent with every turn unless the call gives its own; null for none.</summary>
        public string? System { get; set; }

        /// <summary>Sampling settings sent with every turn; each setting a call gives replaces the session's one. The object itself is handed out, not a copy.</summary>
        public InferenceConfiguration? InferenceConfig { get; set; }

        private List<ConversationTool> tools = new List<ConversationTool>();
        private List<Message> messages = new List<Message>();
        private ConverseDefaults defaults = ConverseDefaults.None;
        private int turns;
        private long inputTokens;
        private long outputTokens;
        private long totalTokens;
        private long cacheReadInputTokens;
        private long cacheWriteInputTokens;

        /// <summary>Settings applied to every turn unless the call gives its own (never null).</summary>
        public ConverseDefaults Defaults
        {
            get { lock (gate) { return defaults; } }
            set { lock (gate) { defaults = value ?? ConverseDefaults.None; } }
        }

        /// <summary>The tools, as a copy of the list (tools are immutable).</summary>
        public IReadOnlyList<ConversationTool> Tools
        {
            get { lock (gate) { return tools.ToArray(); } }
        }

        /// <summary>How many tools the conversation offers.</summary>
        public int ToolCount
        {
            get { lock (gate) { return tools.Count; } }
        }

        /// <summary>The history, oldest first, as deep copies: changing them leaves the conversation as it is.</summary>
        public IReadOnlyList<Message> Messages => MessageCopier.CopyAll(SnapshotMessages());

        /// <summary>How many messages the history holds (user and assistant, tool rounds included).</summary>
        public int MessageCount
        {
            get { lock (gate) { return messages.Count; } }
        }

        /// <summary>Adds a tool, or replaces the tool of the same name.</summary>
        public void SetTool(ConversationTool tool)
        {
            if (tool == null) throw new ArgumentNullException(nameof(tool));
            lock (gate)
            {
                var updated = new List<ConversationTool>(tools);
                int existing = updated.FindIndex(t => t.Name == tool.Name);
                if (existing >= 0) updated[existing] = tool;
                else updated.Add(tool);
                tools = updated;
            }
        }

        /// <summary>Replaces the whole history (a session read from a file); the messages are copied in.</summary>
        public void ReplaceMessages(IEnumerable<Message> history)
        {
            if (history == null) throw new ArgumentNullException(nameof(history));
            List<Message> copies = MessageCopier.CopyAll(history);
            lock (gate)
            {
                messages = copies;
            }
        }

        /// <summary>User prompts answered (a tool-using exchange of several rounds counts once).</summary>
        public int Turns
        {
            get { lock (gate) { return turns; } }
            internal set { lock (gate) { turns = value; } }
        }

        /// <summary>Input tokens summed over the successful turns since creation or <see cref="Clear"/>.</summary>
        public long InputTokens
        {
            get { lock (gate) { return inputTokens; } }
            internal set { lock (gate) { inputTokens = value; } }
        }

        /// <summary>Output tokens summed over the successful turns.</summary>
        public long OutputTokens
        {
            get { lock (gate) { return outputTokens; } }
            internal set { lock (gate) { outputTokens = value; } }
        }

        /// <summary>Total tokens summed over the successful turns, as the service reported them.</summary>
        public long TotalTokens
        {
            get { lock (gate) { return totalTokens; } }
            internal set { lock (gate) { totalTokens = value; } }
        }

        /// <summary>Input tokens served from the prompt cache, summed over the successful turns.</summary>
        public long CacheReadInputTokens
        {
            get { lock (gate) { return cacheReadInputTokens; } }
            internal set { lock (gate) { cacheReadInputTokens = value; } }
        }

        /// <summary>Input tokens written to the prompt cache, summed over the successful turns.</summary>
        public long CacheWriteInputTokens
        {
            get { lock (gate) { return cacheWriteInputTokens; } }
            internal set { lock (gate) { cacheWriteInputTokens = value; } }
        }

        /// <summary>A copy whose lists can change without touching this one (the stored messages are shared: nothing edits them in place).</summary>
        public Conversation Clone()
        {
            lock (gate)
            {
                return new Conversation
                {
                    ModelId = ModelId,
                    System = System,
                    InferenceConfig = CloneInference(InferenceConfig),
                    tools = new List<ConversationTool>(tools),
                    defaults = defaults,
                    messages = new List<Message>(messages),
                    Turns = Turns,
                    InputTokens = InputTokens,
                    OutputTokens = OutputTokens,
                    TotalTokens = TotalTokens,
                    CacheReadInputTokens = CacheReadInputTokens,
                    CacheWriteInputTokens = CacheWriteInputTokens,
                };
            }
        }

        /// <summary>Forgets the history and the totals; model, system prompt, settings, defaults and tools stay.</summary>
        public void Clear()
        {
            lock (gate)
            {
                messages = new List<Message>();
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
                return new List<Message>(messages);
            }
        }

        /// <summary>Appends a finished exchange and its usage in one step.</summary>
        internal void Commit(IReadOnlyList<Message> newMessages, TokenUsage usage)
        {
            if (newMessages == null)
            {
                throw new ArgumentNullException(nameof(newMessages));
            }

            // The history keeps its own copies: the caller hands the originals out in its results.
            List<Message> copies = MessageCopier.CopyAll(newMessages);
            lock (gate)
            {
                var updated = new List<Message>(messages.Count + copies.Count);
                updated.AddRange(messages);
                updated.AddRange(copies);
                messages = updated;
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
