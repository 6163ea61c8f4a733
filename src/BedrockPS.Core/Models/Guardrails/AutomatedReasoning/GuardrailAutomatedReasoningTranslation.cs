using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>The input translated into logic.</summary>
    public sealed class GuardrailAutomatedReasoningTranslation
    {
        /// <summary>Statements taken as given.</summary>
        public List<GuardrailAutomatedReasoningStatement>? Premises { get; set; }

        /// <summary>Statements checked against the premises and rules.</summary>
        public List<GuardrailAutomatedReasoningStatement>? Claims { get; set; }

        /// <summary>Parts of the input read as premises that could not be translated.</summary>
        public List<GuardrailAutomatedReasoningInputTextReference>? UntranslatedPremises { get; set; }

        /// <summary>Parts of the input read as claims that could not be translated.</summary>
        public List<GuardrailAutomatedReasoningInputTextReference>? UntranslatedClaims { get; set; }

        /// <summary>How sure the service is of the translation, 0 to 1.</summary>
        public double? Confidence { get; set; }
    }
}
