using System;
using System.Collections.Generic;

namespace BedrockPS.Core.StructuredOutput
{
    /// <summary>
    /// A structured-output row that cannot give data: the answer still broke the schema after one repair
    /// (<see cref="InvalidOutputId"/>, with the raw text kept), or the model takes neither outputConfig nor tools.
    /// </summary>
    public sealed class StructuredOutputException : Exception
    {
        public const string InvalidOutputId = "BedrockPS.InvalidStructuredOutput";
        public const string UnsupportedId = "BedrockPS.StructuredOutputUnsupported";

        public StructuredOutputException(string errorId, string message, string? rawText, IReadOnlyList<JsonSchemaFinding>? findings, Exception? inner = null)
            : base(message, inner)
        {
            ErrorId = errorId;
            RawText = rawText;
            Findings = findings ?? Array.Empty<JsonSchemaFinding>();
        }

        public string ErrorId { get; }

        /// <summary>The model's last answer, as text, so nothing it wrote is lost.</summary>
        public string? RawText { get; }

        /// <summary>What the last answer broke.</summary>
        public IReadOnlyList<JsonSchemaFinding> Findings { get; }

        public bool IsUnsupported => ErrorId == UnsupportedId;
    }
}
