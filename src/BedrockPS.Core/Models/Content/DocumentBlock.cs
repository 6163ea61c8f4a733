namespace BedrockPS.Core.Models
{
    /// <summary>A document in a message.</summary>
    public sealed class DocumentBlock
    {
        /// <summary>pdf, csv, doc, docx, xls, xlsx, html, txt, md.</summary>
        public string? Format { get; set; }

        /// <summary>Required by the service, 1 to 200 characters.</summary>
        public string? Name { get; set; }

        public DocumentSource? Source { get; set; }

        public string? Context { get; set; }

        public CitationsConfig? Citations { get; set; }
    }
}
