using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Conversations;
using BedrockPS.Core.Models;
using BedrockPS.Core.Serialization;
using BedrockPS.Core.Storage;

namespace BedrockPS.Core.BatchInference
{
    /// <summary>
    /// Streams a finished job's output back in input order, joined to the rows through the job's row manifest. Reads
    /// the manifest and each output file one line at a time; only output lines that arrive ahead of their turn are
    /// held, in memory up to a budget and then on disk (BatchOutputCursor), so memory stays bounded in any order.
    /// </summary>
    public static class BatchOutputReader
    {
        /// <summary>Yields one result per row of the job's manifest, in input order: an answer, the record's error, or missing.</summary>
        /// <param name="job">A job as GetModelInvocationJob describes it; its input and output locations are read.</param>
        /// <param name="storage">Where the manifest and output are read from.</param>
        /// <param name="cancellationToken">Stops reading.</param>
        /// <exception cref="BedrockServiceException">BatchManifestMissing when the job was not started by this module (no row manifest), InvalidResponse when the job has no S3 locations, or an S3 failure.</exception>
        public static async IAsyncEnumerable<BatchRecordResult> ReadAsync(ModelInvocationJob job, IObjectStorage storage,
            [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var (input, output, jobId) = Locations(job);
            var manifestUri = BatchLayout.ManifestFor(input);
            if (!await storage.ExistsAsync(manifestUri, cancellationToken).ConfigureAwait(false))
            {
                throw new BedrockServiceException(BedrockErrorCodes.BatchManifestMissing,
                    $"The job {job.JobArn} has no row manifest at {manifestUri}: only jobs started by Start-BedrockBatchJob can be joined back to their rows.");
            }
            using var manifestStream = await storage.OpenReadAsync(manifestUri, cancellationToken).ConfigureAwait(false);
            using var manifest = new StreamReader(manifestStream, Encoding.UTF8);
            string? currentFile = null;
            BatchOutputCursor? cursor = null;
            BatchSchemaHeader? schema = null;
            try
            {
                string? line;
                long lineNumber = 0;
                while ((line = await manifest.ReadLineAsync().ConfigureAwait(false)) != null)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    lineNumber++;
                    if (line.Length == 0)
                    {
                        continue;
                    }
                    if (ParseManifestLine(line, lineNumber, manifestUri, out BatchSchemaHeader? header) is not BatchManifestEntry entry)
                    {
                        schema = header;
                        continue;
                    }
                    if (entry.File != currentFile)
                    {
                        cursor?.Dispose();
                        currentFile = entry.File;
                        cursor = await BatchOutputCursor.OpenAsync(storage, BatchLayout.OutputFile(output, jobId, entry.File), cancellationToken).ConfigureAwait(false);
                    }
                    string? answer = await cursor!.FindAsync(entry.RecordId).ConfigureAwait(false);
                    yield return ToResult(entry, answer, job.ModelId ?? string.Empty, schema);
                }
            }
            finally
            {
                cursor?.Dispose();
            }
        }

        /// <summary>The job's manifest.json.out, or null when the service wrote none (the job never ran).</summary>
        public static async Task<BatchJobTotals?> ReadTotalsAsync(ModelInvocationJob job, IObjectStorage storage, CancellationToken cancellationToken)
        {
            var (_, output, jobId) = Locations(job);
            var uri = BatchLayout.OutputManifest(output, jobId);
            if (!await storage.ExistsAsync(uri, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }
            using var stream = await storage.OpenReadAsync(uri, cancellationToken).ConfigureAwait(false);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return BedrockJson.Deserialize<BatchJobTotals>(await reader.ReadToEndAsync().ConfigureAwait(false));
        }

        private static (S3ObjectUri Input, S3ObjectUri Output, string JobId) Locations(ModelInvocationJob job)
        {
            string? input = job.InputDataConfig?.S3InputDataConfig?.S3Uri;
            string? output = job.OutputDataConfig?.S3OutputDataConfig?.S3Uri;
            if (input == null || output == null || job.JobId == null)
            {
                throw new BedrockServiceException(BedrockErrorCodes.InvalidResponse, $"The job {job.JobArn} has no S3 input or output location.");
            }
            return (S3ObjectUri.Parse(input), S3ObjectUri.Parse(output), job.JobId);
        }

        /// <summary>
        /// One manifest line: the schema header (returned through <paramref name="header"/>, null result) or a row's entry.
        /// A line that cannot be read stops the join with an error naming the line, rather than losing or misplacing rows.
        /// </summary>
        private static BatchManifestEntry? ParseManifestLine(string line, long lineNumber, S3ObjectUri manifestUri, out BatchSchemaHeader? header)
        {
            try
            {
                return BatchSchemaHeader.TryParse(line, out header) ? null : BatchManifestEntry.Parse(line);
            }
            catch (Exception ex) when (ex is JsonException || ex is KeyNotFoundException || ex is InvalidOperationException || ex is ArgumentException || ex is FormatException)
            {
                throw new BedrockServiceException(BedrockErrorCodes.BatchManifestInvalid,
                    $"Line {lineNumber} of the row manifest {manifestUri} cannot be read ({ex.Message}). Start-BedrockBatchJob writes the manifest and "
                    + "Receive-BedrockBatchJob needs it as written: restore it (for example from the bucket's object versions) or run the rows again.");
            }
        }

        private static BatchRecordResult ToResult(BatchManifestEntry entry, string? answerLine, string modelId, BatchSchemaHeader? schema)
        {
            if (answerLine == null)
            {
                return new BatchRecordResult(entry.Index, entry.RecordId, entry.RowJson, null, null, null);
            }
            using var document = JsonDocument.Parse(answerLine);
            var root = document.RootElement;
            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                int code = error.TryGetProperty("errorCode", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : 500;
                string message = error.TryGetProperty("errorMessage", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "The service gave no message.";
                return new BatchRecordResult(entry.Index, entry.RecordId, entry.RowJson, null, code, message);
            }
            if (!root.TryGetProperty("modelOutput", out var modelOutput) || modelOutput.ValueKind != JsonValueKind.Object)
            {
                return new BatchRecordResult(entry.Index, entry.RecordId, entry.RowJson, null, 500, "The output line has neither modelOutput nor error.");
            }
            // Read from the parsed element: no text copy of the answer per record.
            var response = ConverseResponseReader.Read(modelOutput)!;
            var usage = response.Usage ?? new TokenUsage();
            usage.TotalTokens = usage.TotalTokens == 0 ? usage.InputTokens + usage.OutputTokens : usage.TotalTokens;
            var messages = response.Output?.Message != null ? new[] { response.Output.Message } : Array.Empty<Message>();
            var outcome = new ConversationOutcome(modelId, response, messages, response.ToolUses, 1, false, usage, response.Metrics?.LatencyMs ?? 0, null);
            if (schema == null)
            {
                return new BatchRecordResult(entry.Index, entry.RecordId, entry.RowJson, outcome, null, null);
            }
            JsonElement? data = schema.Check(outcome, out var invalid);
            return new BatchRecordResult(entry.Index, entry.RecordId, entry.RowJson, outcome, null, null, data, invalid);
        }
    }
}
