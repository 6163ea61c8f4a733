using System;
using System.Text;
using BedrockPS.Core.Models;

namespace BedrockPS.Core.BatchInference
{
    /// <summary>One input row: the Converse request it becomes, and the row itself as JSON for the manifest.</summary>
    public sealed class BatchRow
    {
        /// <summary>Creates a row from JSON text.</summary>
        /// <param name="request">The record's modelInput; held, not copied.</param>
        /// <param name="rowJson">The pipeline object as JSON; stored as UTF-8.</param>
        /// <exception cref="ArgumentNullException"><paramref name="rowJson"/> is null.</exception>
        public BatchRow(ConverseRequest request, string rowJson)
            : this(request, Encoding.UTF8.GetBytes(rowJson ?? throw new ArgumentNullException(nameof(rowJson))))
        {
        }

        /// <param name="rowJsonUtf8">The row as UTF-8 JSON; written to the manifest as it is, without a string copy.</param>
        /// <param name="request">The record's modelInput; held, not copied.</param>
        public BatchRow(ConverseRequest request, byte[] rowJsonUtf8)
        {
            Request = request;
            RowJsonUtf8 = rowJsonUtf8 ?? throw new ArgumentNullException(nameof(rowJsonUtf8));
        }

        /// <summary>The record's modelInput (Converse invocation type). A structured-output seam: OutputConfig travels here.</summary>
        public ConverseRequest Request { get; }

        /// <summary>The pipeline object as UTF-8 JSON, written to the row manifest so results can be joined back later.</summary>
        public byte[] RowJsonUtf8 { get; }

        /// <summary>The pipeline object as JSON text.</summary>
        public string RowJson => Encoding.UTF8.GetString(RowJsonUtf8);
    }
}
