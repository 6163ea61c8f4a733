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
        /// <summary>Error id: the answer still broke the schema after the repair attempt.</summary>
        public const string InvalidOutputId = "BedrockPS.InvalidStructuredOutput";
        /// <summary>Error id: the model takes neither native structured output nor a forced tool.</summary>
        public const string UnsupportedId = "BedrockPS.StructuredOutputUnsupported";

        /// <summary>Creates the exception.</summary>
        /// <param name="errorId"><see cref="InvalidOutputId"/> or <see cref="UnsupportedId"/>.</param>
        /// <param name="message">What happened and what to do.</param>
        /// <param name="rawText">The model's last answer, or null when there was none.</param>
        /// <param name="findings">What the answer broke; null for none.</param>
        /// <param name="inner">The failure that caused this one, if any.</param>
        public StructuredOutputException(string errorId, string message, string? rawText, IReadOnlyList<JsonSchemaFinding>? findings, Exception? inner = null)
            : base(message, inner)
        {
            ErrorId = errorId;
            RawText = rawText;
            Findings = findings ?? Array.Empty<JsonSchemaFinding>();
        }

        /// <summary>Stable error id (<see cref="InvalidOutputId"/> or <see cref="UnsupportedId"/>) for the error record.</summary>
        public string ErrorId { get; }

        /// <summary>The model's last answer, as text, so nothing it wrote is lost.</summary>
        public string? RawText { get; }

        /// <summary>What the last answer broke.</summary>
        public IReadOnlyList<JsonSchemaFinding> Findings { get; }

        /// <summary>True when the model cannot give structured output at all, so retrying is pointless.</summary>
        public bool IsUnsupported => ErrorId == UnsupportedId;
    }
}
