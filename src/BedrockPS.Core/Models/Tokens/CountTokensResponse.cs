using System.Text.Json.Serialization;

namespace BedrockPS.Core.Models
{
    /// <summary>The result of CountTokens.</summary>
    public sealed class CountTokensResponse
    {
        public int InputTokens { get; set; }

        [JsonIgnore] public string? RequestId { get; set; }

        [JsonIgnore] public int Attempts { get; set; }
    }
}
