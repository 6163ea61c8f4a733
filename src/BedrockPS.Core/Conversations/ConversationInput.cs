using System;
using System.Collections.Generic;
using BedrockPS.Core.Models;

namespace BedrockPS.Core.Conversations
{
    /// <summary>What one call of <see cref="ConversationRunner.RunAsync"/> needs.</summary>
    public sealed class ConversationInput
    {
        /// <summary>The model to call; when null the session's model is used.</summary>
        public string? ModelId { get; set; }

        /// <summary>The conversation to continue and to append to on success; null for a one-off exchange.</summary>
        public Conversation? Session { get; set; }

        /// <summary>The new user turn.</summary>
        public Message Message { get; set; } = new Message();

        /// <summary>
        /// Request settings: System, InferenceConfig and ToolConfig override the session's when set; guardrail,
        /// additional fields and the other members are sent as given. Its Messages are ignored (the history comes from the session).
        /// </summary>
        public ConverseRequest? RequestTemplate { get; set; }

        /// <summary>Tools offered for this call on top of the session's tools (same name: this one wins).</summary>
        public IList<ConversationTool>? Tools { get; set; }

        /// <summary>Use ConverseStream instead of Converse.</summary>
        public bool Stream { get; set; }

        /// <summary>Called for every stream event as it arrives, on whatever thread the stream runs.</summary>
        public Action<ConverseStreamEvent>? OnStreamEvent { get; set; }

        /// <summary>Runs the tools the model asks for; null means tools are never run.</summary>
        public IToolInvoker? ToolInvoker { get; set; }

        /// <summary>How many times tools may be run before the exchange stops (the last answer may then still ask for tools).</summary>
        public int MaxToolRounds { get; set; } = 8;

        /// <summary>Put a prompt-cache point after the tool list (the call's and the session's tools).</summary>
        public bool CacheTools { get; set; }

        /// <summary>Put a prompt-cache point after the session's system prompt, when the call gives none of its own.</summary>
        public bool CacheSystemPrompt { get; set; }

        /// <summary>TTL of the cache points (5m or 1h); null for the service's default.</summary>
        public string? CacheTtl { get; set; }
    }
}
