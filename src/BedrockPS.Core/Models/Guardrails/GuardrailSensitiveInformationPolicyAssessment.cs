using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>Sensitive information found.</summary>
    public sealed class GuardrailSensitiveInformationPolicyAssessment
    {
        /// <summary>Personal information found.</summary>
        public List<GuardrailPiiEntityFilter>? PiiEntities { get; set; }

        /// <summary>Custom regex matches found.</summary>
        public List<GuardrailRegexFilter>? Regexes { get; set; }
    }
}
