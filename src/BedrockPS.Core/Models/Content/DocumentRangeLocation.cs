namespace BedrockPS.Core.Models
{
    /// <summary>A range inside a document (characters, pages or chunks).</summary>
    public sealed class DocumentRangeLocation
    {
        public int? DocumentIndex { get; set; }

        public int? Start { get; set; }

        public int? End { get; set; }
    }
}
