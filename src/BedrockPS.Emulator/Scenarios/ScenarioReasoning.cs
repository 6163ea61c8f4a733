using System.Text.Json.Serialization;

namespace BedrockPS.Emulator
{
    /// <summary>Reasoning content a scenario rule puts before the answer.</summary>
    public sealed class ScenarioReasoning
    {
        /// <summary>The reasoning text the model shows (streamed as reasoning deltas).</summary>
        [JsonPropertyName("text")]
        public string Text { get; set; } = string.Empty;

        /// <summary>The signature that comes with the reasoning, which a client must send back in later turns; null sends none.</summary>
        [JsonPropertyName("signature")]
        public string? Signature { get; set; }
    }
}
