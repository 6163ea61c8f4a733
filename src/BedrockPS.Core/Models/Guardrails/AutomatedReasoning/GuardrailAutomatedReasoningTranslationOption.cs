using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>One reading of an ambiguous input.</summary>
    public sealed class GuardrailAutomatedReasoningTranslationOption
    {
        /// <summary>The translations that make up this reading.</summary>
        public List<GuardrailAutomatedReasoningTranslation>? Translations { get; set; }
    }
}
