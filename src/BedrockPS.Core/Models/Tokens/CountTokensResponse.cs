using System.Text.Json.Serialization;

namespace BedrockPS.Core.Models
{
    /// <summary>The result of CountTokens: the input tokens the request would take, plus the call's request id and attempts.</summary>
    public sealed class CountTokensResponse
    {
        /// <summary>Tokens the input would take if sent to the model with InvokeModel or Converse.</summary>
        public int InputTokens { get; set; }

        /// <summary>The x-amzn-RequestId of the response, for support cases.</summary>
        [JsonIgnore] public string? RequestId { get; set; }

        /// <summary>How many HTTP attempts the call took (1 when no retry was needed).</summary>
        [JsonIgnore] public int Attempts { get; set; }
    }
}
