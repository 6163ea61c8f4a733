namespace BedrockPS.Core.Models
{
    /// <summary>A document in a message.</summary>
    public sealed class DocumentBlock
    {
        /// <summary>pdf, csv, doc, docx, xls, xlsx, html, txt, md.</summary>
        public string? Format { get; set; }

        /// <summary>Required by the service, 1 to 200 characters.</summary>
        public string? Name { get; set; }

        /// <summary>The document's content: bytes, an S3 object, text or content blocks.</summary>
        public DocumentSource? Source { get; set; }

        /// <summary>Extra guidance on how the model should read the document when it cites it.</summary>
        public string? Context { get; set; }

        /// <summary>Turns citations on for this document; null leaves them off.</summary>
        public CitationsConfig? Citations { get; set; }
    }
}
