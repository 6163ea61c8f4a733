using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>Sensitive information found.</summary>
    public sealed class GuardrailSensitiveInformationPolicyAssessment
    {
        public List<GuardrailPiiEntityFilter>? PiiEntities { get; set; }

        public List<GuardrailRegexFilter>? Regexes { get; set; }
    }
}
