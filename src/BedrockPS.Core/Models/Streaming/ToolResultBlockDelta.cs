using System.Text.Json;

namespace BedrockPS.Core.Models
{
    /// <summary>A fragment of a tool result.</summary>
    public sealed class ToolResultBlockDelta
    {
        public string? Text { get; set; }

        public JsonElement? Json { get; set; }
    }
}
