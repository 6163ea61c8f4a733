using System.Text.Json;

namespace BedrockPS.Core.Models
{
    /// <summary>The message ends.</summary>
    public sealed class MessageStopEvent
    {
        public string? StopReason { get; set; }

        public JsonElement? AdditionalModelResponseFields { get; set; }
    }
}
