using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace BedrockPS.Core.Models
{
    /// <summary>An ApplyGuardrail call. Identifier and version go in the path.</summary>
    public sealed class ApplyGuardrailRequest
    {
        /// <summary>Guardrail id or ARN (a URL path segment, not in the body).</summary>
        [JsonIgnore] public string GuardrailIdentifier { get; set; } = "";

        /// <summary>Guardrail version number or "DRAFT" (a URL path segment, not in the body).</summary>
        [JsonIgnore] public string GuardrailVersion { get; set; } = "";

        /// <summary>INPUT or OUTPUT.</summary>
        public string Source { get; set; } = "INPUT";

        /// <summary>The text and images to assess.</summary>
        public List<GuardrailContentBlock> Content { get; set; } = new List<GuardrailContentBlock>();

        /// <summary>INTERVENTIONS or FULL.</summary>
        public string? OutputScope { get; set; }
    }
}
