using System.Text.Json;

namespace BedrockPS.Core.Models
{
    /// <summary>A fragment of a tool result.</summary>
    public sealed class ToolResultBlockDelta
    {
        /// <summary>A piece of text result.</summary>
        public string? Text { get; set; }

        /// <summary>A JSON part of the result.</summary>
        public JsonElement? Json { get; set; }
    }
}
