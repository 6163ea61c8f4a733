using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using BedrockPS.Emulator.Caching;

namespace BedrockPS.Emulator.Generation
{
    /// <summary>What every request format (Converse or a native body) is reduced to before the model answers.</summary>
    internal sealed class GenerationRequest
    {
        public List<string> System { get; } = new List<string>();
        public List<ChatMessage> Messages { get; } = new List<ChatMessage>();
        public int? MaxTokens { get; set; }
        public List<string> StopSequences { get; } = new List<string>();
        public List<ToolDefinition> Tools { get; } = new List<ToolDefinition>();
        /// <summary>null: the model decides; "*": it must call some tool; otherwise the tool it must call.</summary>
        public string? RequiredTool { get; set; }
        /// <summary>A native format's sub-shape to answer in (e.g. Mistral "chat" versus text completion).</summary>
        public string? NativeVariant { get; set; }
        /// <summary>outputConfig.textFormat's JSON schema (parsed): the answer must be JSON that validates against it.</summary>
        public JsonNode? OutputSchema { get; set; }
        /// <summary>The prompt-cache checkpoints of the request, in prompt order (tools, system, messages).</summary>
        public List<CacheCheckpoint> CacheCheckpoints { get; } = new List<CacheCheckpoint>();

        /// <summary>The answer must follow a schema: native structured output, or a named tool with an input schema.</summary>
        public bool WantsStructuredAnswer => OutputSchema != null || (RequiredTool != null && Tools.Count > 0);

        public int UserTurns => Messages.Count(m => m.Role == "user");

        public ChatMessage? LastUserMessage
        {
            get
            {
                for (int i = Messages.Count - 1; i >= 0; i--)
                {
                    if (Messages[i].Role == "user")
                    {
                        return Messages[i];
                    }
                }
                return null;
            }
        }
    }
}
