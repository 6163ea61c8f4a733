using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>The input translated into logic.</summary>
    public sealed class GuardrailAutomatedReasoningTranslation
    {
        public List<GuardrailAutomatedReasoningStatement>? Premises { get; set; }

        public List<GuardrailAutomatedReasoningStatement>? Claims { get; set; }

        public List<GuardrailAutomatedReasoningInputTextReference>? UntranslatedPremises { get; set; }

        public List<GuardrailAutomatedReasoningInputTextReference>? UntranslatedClaims { get; set; }

        public double? Confidence { get; set; }
    }
}
