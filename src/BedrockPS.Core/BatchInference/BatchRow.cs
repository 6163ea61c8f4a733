using BedrockPS.Core.Models;

namespace BedrockPS.Core.BatchInference
{
    /// <summary>One input row: the Converse request it becomes, and the row itself as JSON for the manifest.</summary>
    public sealed class BatchRow
    {
        public BatchRow(ConverseRequest request, string rowJson)
        {
            Request = request;
            RowJson = rowJson;
        }

        /// <summary>The record's modelInput (Converse invocation type). A structured-output seam: OutputConfig travels here.</summary>
        public ConverseRequest Request { get; }

        /// <summary>The pipeline object as JSON, written to the row manifest so results can be joined back later.</summary>
        public string RowJson { get; }
    }
}
