using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>Generated text with the citations that support it.</summary>
    public sealed class CitationsContentBlock
    {
        public List<TextContentBlock>? Content { get; set; }

        public List<Citation>? Citations { get; set; }
    }
}
