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
    /// held, so memory stays bounded when the service keeps input order, as it does.
    /// </summary>
    public static class BatchOutputReader
    {
        public static async IAsyncEnumerable<BatchRecordResult> ReadAsync(ModelInvocationJob job, IObjectStorage storage,
            [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var (input, output, jobId) = Locations(job);
            var manifestUri = BatchLayout.ManifestFor(input);
            if (!await storage.ExistsAsync(manifestUri, cancellationToken).ConfigureAwait(false))
            {
                throw new BedrockServiceException("BatchManifestMissing",
                    $"The job {job.JobArn} has no row manifest at {manifestUri}: only jobs started by Start-BedrockBatchJob can be joined back to their rows.");
            }
            using var manifestStream = await storage.OpenReadAsync(manifestUri, cancellationToken).ConfigureAwait(false);
            using var manifest = new StreamReader(manifestStream, Encoding.UTF8);
            string? currentFile = null;
            OutputCursor? cursor = null;
            try
            {
                string? line;
                while ((line = await manifest.ReadLineAsync().ConfigureAwait(false)) != null)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (line.Length == 0)
                    {
                        continue;
                    }
                    var entry = ManifestEntry.Parse(line);
                    if (entry.File != currentFile)
                    {
                        cursor?.Dispose();
                        currentFile = entry.File;
                        cursor = await OutputCursor.OpenAsync(storage, BatchLayout.OutputFile(output, jobId, entry.File), cancellationToken).ConfigureAwait(false);
                    }
                    string? answer = await cursor!.FindAsync(entry.RecordId).ConfigureAwait(false);
                    yield return ToResult(entry, answer, job.ModelId ?? string.Empty);
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

        private static BatchRecordResult ToResult(ManifestEntry entry, string? answerLine, string modelId)
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
            var response = BedrockJson.Deserialize<ConverseResponse>(modelOutput.GetRawText())!;
            var usage = response.Usage ?? new TokenUsage();
            usage.TotalTokens = usage.TotalTokens == 0 ? usage.InputTokens + usage.OutputTokens : usage.TotalTokens;
            var messages = response.Output?.Message != null ? new[] { response.Output.Message } : Array.Empty<Message>();
            var outcome = new ConversationOutcome(modelId, response, messages, response.ToolUses, 1, false, usage, response.Metrics?.LatencyMs ?? 0, null);
            return new BatchRecordResult(entry.Index, entry.RecordId, entry.RowJson, outcome, null, null);
        }

        private sealed class ManifestEntry
        {
            public string RecordId { get; private set; } = string.Empty;
            public long Index { get; private set; }
            public string File { get; private set; } = string.Empty;
            public string RowJson { get; private set; } = "null";

            public static ManifestEntry Parse(string line)
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                return new ManifestEntry
                {
                    RecordId = root.GetProperty("recordId").GetString()!,
                    Index = root.GetProperty("index").GetInt64(),
                    File = root.GetProperty("file").GetString()!,
                    RowJson = root.TryGetProperty("input", out var input) ? input.GetRawText() : "null",
                };
            }
        }

        /// <summary>Reads one output file forward, keeping only lines that came before their record's turn.</summary>
        private sealed class OutputCursor : IDisposable
        {
            private readonly StreamReader? reader;
            private readonly Dictionary<string, string> early = new Dictionary<string, string>(StringComparer.Ordinal);

            private OutputCursor(StreamReader? reader)
            {
                this.reader = reader;
            }

            public static async Task<OutputCursor> OpenAsync(IObjectStorage storage, S3ObjectUri uri, CancellationToken cancellationToken)
            {
                if (!await storage.ExistsAsync(uri, cancellationToken).ConfigureAwait(false))
                {
                    return new OutputCursor(null); // every record of this file is reported missing
                }
                return new OutputCursor(new StreamReader(await storage.OpenReadAsync(uri, cancellationToken).ConfigureAwait(false), Encoding.UTF8));
            }

            public async Task<string?> FindAsync(string recordId)
            {
                if (early.TryGetValue(recordId, out var held))
                {
                    early.Remove(recordId);
                    return held;
                }
                if (reader == null)
                {
                    return null;
                }
                string? line;
                while ((line = await reader.ReadLineAsync().ConfigureAwait(false)) != null)
                {
                    if (line.Length == 0)
                    {
                        continue;
                    }
                    string? id = RecordIdOf(line);
                    if (id == recordId)
                    {
                        return line;
                    }
                    if (id != null)
                    {
                        early[id] = line;
                    }
                }
                return null;
            }

            private static string? RecordIdOf(string line)
            {
                var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(line));
                int depth = 0;
                while (reader.Read())
                {
                    if (reader.TokenType == JsonTokenType.StartObject || reader.TokenType == JsonTokenType.StartArray)
                    {
                        depth++;
                    }
                    else if (reader.TokenType == JsonTokenType.EndObject || reader.TokenType == JsonTokenType.EndArray)
                    {
                        depth--;
                    }
                    else if (depth == 1 && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("recordId"))
                    {
                        reader.Read();
                        return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    }
                }
                return null;
            }

            public void Dispose() => reader?.Dispose();
        }
    }
}
