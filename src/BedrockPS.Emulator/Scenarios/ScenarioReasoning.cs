using System.Text.Json.Serialization;

namespace BedrockPS.Emulator
{
    /// <summary>Reasoning content a scenario rule puts before the answer.</summary>
    public sealed class ScenarioReasoning
    {
        [JsonPropertyName("text")]
        public string Text { get; set; } = string.Empty;

        [JsonPropertyName("signature")]
        public string? Signature { get; set; }
    }
}
