using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>Text checked by a guardrail.</summary>
    public sealed class GuardrailTextBlock
    {
        /// <summary>The text.</summary>
        public string? Text { get; set; }

        /// <summary>grounding_source, query or guard_content.</summary>
        public List<string>? Qualifiers { get; set; }
    }
}
