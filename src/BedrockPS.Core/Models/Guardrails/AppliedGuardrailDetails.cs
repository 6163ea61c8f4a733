using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>Which guardrail was applied.</summary>
    public sealed class AppliedGuardrailDetails
    {
        /// <summary>Id of the guardrail that produced the assessment.</summary>
        public string? GuardrailId { get; set; }

        /// <summary>Version of that guardrail.</summary>
        public string? GuardrailVersion { get; set; }

        /// <summary>ARN of that guardrail.</summary>
        public string? GuardrailArn { get; set; }

        /// <summary>Why it ran: REQUEST (named in the call), ACCOUNT_ENFORCED or ORGANIZATION_ENFORCED.</summary>
        public List<string>? GuardrailOrigin { get; set; }

        /// <summary>SELF, or CROSS_ACCOUNT for a guardrail shared from another account.</summary>
        public string? GuardrailOwnership { get; set; }
    }
}
