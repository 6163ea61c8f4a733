using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>Generated text with the citations that support it.</summary>
    public sealed class CitationsContentBlock
    {
        /// <summary>The generated text the citations support.</summary>
        public List<TextContentBlock>? Content { get; set; }

        /// <summary>The citations, in the order the model gave them.</summary>
        public List<Citation>? Citations { get; set; }
    }
}
