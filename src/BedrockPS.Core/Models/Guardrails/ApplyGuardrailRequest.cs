using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace BedrockPS.Core.Models
{
    /// <summary>An ApplyGuardrail call. Identifier and version go in the path.</summary>
    public sealed class ApplyGuardrailRequest
    {
        [JsonIgnore] public string GuardrailIdentifier { get; set; } = "";

        [JsonIgnore] public string GuardrailVersion { get; set; } = "";

        /// <summary>INPUT or OUTPUT.</summary>
        public string Source { get; set; } = "INPUT";

        public List<GuardrailContentBlock> Content { get; set; } = new List<GuardrailContentBlock>();

        /// <summary>INTERVENTIONS or FULL.</summary>
        public string? OutputScope { get; set; }
    }
}
