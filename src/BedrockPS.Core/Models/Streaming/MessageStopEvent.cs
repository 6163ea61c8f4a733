using System.Text.Json;

namespace BedrockPS.Core.Models
{
    /// <summary>The message ends.</summary>
    public sealed class MessageStopEvent
    {
        /// <summary>Why generation stopped (end_turn, tool_use, max_tokens, stop_sequence, guardrail_intervened, content_filtered, model_context_window_exceeded, ...; a newer value is passed through).</summary>
        public string? StopReason { get; set; }

        /// <summary>Model-specific fields asked for in the request, as returned.</summary>
        public JsonElement? AdditionalModelResponseFields { get; set; }
    }
}
