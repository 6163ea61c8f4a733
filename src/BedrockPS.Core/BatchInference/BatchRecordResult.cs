using System.Text.Json;
using BedrockPS.Core.Conversations;
using BedrockPS.Core.StructuredOutput;

namespace BedrockPS.Core.BatchInference
{
    /// <summary>One row's outcome in a job's output: an answer, the service's error for the record, or missing.</summary>
    public sealed class BatchRecordResult
    {
        internal BatchRecordResult(long index, string recordId, string rowJson, ConversationOutcome? outcome, int? errorCode, string? errorMessage,
            JsonElement? data = null, StructuredOutputException? invalidData = null)
        {
            Data = data;
            InvalidData = invalidData;
            Index = index;
            RecordId = recordId;
            RowJson = rowJson;
            Outcome = outcome;
            ErrorCode = errorCode;
            ErrorMessage = errorMessage;
        }

        /// <summary>0-based position of the row in the input.</summary>
        public long Index { get; }

        /// <summary>The record id the row was sent with (see <see cref="BatchRecordIds"/>).</summary>
        public string RecordId { get; }

        /// <summary>The row as it was written to the manifest.</summary>
        public string RowJson { get; }

        /// <summary>The answer, as the on-demand pipeline's outcome; null for a failed or missing record.</summary>
        public ConversationOutcome? Outcome { get; }

        /// <summary>The HTTP status the service gave the record (429, 400, ...); null when answered or missing.</summary>
        public int? ErrorCode { get; }

        /// <summary>The service's message for a failed record; null otherwise.</summary>
        public string? ErrorMessage { get; }

        /// <summary>The answer's data when the run had a schema and the answer follows it.</summary>
        public JsonElement? Data { get; }

        /// <summary>When the run had a schema and the answer breaks it: the error, with the answer's raw text.</summary>
        public StructuredOutputException? InvalidData { get; }

        /// <summary>The output has no line for this record (a stopped or expired job, or a file the service never wrote).</summary>
        public bool IsMissing => Outcome == null && ErrorCode == null;
    }
}
