using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>Where a document comes from (exactly one member set).</summary>
    public sealed class DocumentSource
    {
        public byte[]? Bytes { get; set; }

        public S3Location? S3Location { get; set; }

        public string? Text { get; set; }

        public List<TextContentBlock>? Content { get; set; }
    }
}
