using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>Which guardrail was applied.</summary>
    public sealed class AppliedGuardrailDetails
    {
        public string? GuardrailId { get; set; }

        public string? GuardrailVersion { get; set; }

        public string? GuardrailArn { get; set; }

        public List<string>? GuardrailOrigin { get; set; }

        public string? GuardrailOwnership { get; set; }
    }
}
