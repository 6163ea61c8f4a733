using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>Where a document comes from (exactly one member set).</summary>
    public sealed class DocumentSource
    {
        /// <summary>The file's raw bytes (base64 on the wire).</summary>
        public byte[]? Bytes { get; set; }

        /// <summary>An S3 object holding the document; not every model accepts S3 sources.</summary>
        public S3Location? S3Location { get; set; }

        /// <summary>The document as plain text.</summary>
        public string? Text { get; set; }

        /// <summary>The document as a list of text blocks, used for custom-chunked documents with citations.</summary>
        public List<TextContentBlock>? Content { get; set; }
    }
}
