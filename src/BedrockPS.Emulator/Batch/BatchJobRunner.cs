using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Emulator.Catalog;
using BedrockPS.Emulator.Json;
using BedrockPS.Emulator.Operations;
using BedrockPS.Emulator.S3;

namespace BedrockPS.Emulator.Batch
{
    /// <summary>
    /// Takes one job through Submitted, Validating, Scheduled and InProgress to its end, reading the JSONL input from
    /// the object store one line at a time and writing "&lt;output&gt;/&lt;job id&gt;/&lt;input file&gt;.out" and
    /// "manifest.json.out" as the service lays them out. Neither input nor output is ever held whole.
    /// </summary>
    internal sealed class BatchJobRunner
    {
        private readonly EmulatorEngine _engine;
        private readonly IObjectStore _store;
        private readonly BatchSettings _settings;
        private readonly CancellationToken _shutdown;

        public BatchJobRunner(EmulatorEngine engine, IObjectStore store, BatchSettings settings, CancellationToken shutdown)
        {
            _engine = engine;
            _store = store;
            _settings = settings;
            _shutdown = shutdown;
        }

        public async Task RunAsync(BatchJob job, ResolvedModel model)
        {
            DateTimeOffset deadline = job.SubmitTime + TimeSpan.FromTicks(_settings.HourLength.Ticks * job.TimeoutHours);
            using var stopOrShutdown = CancellationTokenSource.CreateLinkedTokenSource(job.StopRequested.Token, _shutdown);
            var token = stopOrShutdown.Token;
            try
            {
                await PauseAsync(_settings.StepDelay, token).ConfigureAwait(false);
                if (!job.MoveTo("Validating"))
                {
                    return;
                }
                var input = S3Uri.Parse(Member(job.Request, "inputDataConfig", "s3InputDataConfig"));
                var output = S3Uri.Parse(Member(job.Request, "outputDataConfig", "s3OutputDataConfig"));
                var files = await InputFilesAsync(input, token).ConfigureAwait(false);
                string? problem = files.Count == 0
                    ? "The input location " + input + " has no JSONL file (bucket missing, key missing, or no .jsonl object under the prefix)."
                    : await CountRecordsAsync(job, files, token).ConfigureAwait(false);
                if (problem == null && !await _store.BucketExistsAsync(output.Bucket, token).ConfigureAwait(false))
                {
                    problem = "The output bucket " + output.Bucket + " does not exist.";
                }
                if (problem != null)
                {
                    job.MoveTo("Failed", problem);
                    return;
                }
                await PauseAsync(_settings.StepDelay, token).ConfigureAwait(false);
                if (!job.MoveTo("Scheduled"))
                {
                    return;
                }
                await PauseAsync(_settings.StepDelay, token).ConfigureAwait(false);
                if (!job.MoveTo("InProgress"))
                {
                    return;
                }
                var answerer = new BatchRecordAnswerer(_engine, model, job.ModelInvocationType);
                long inputTokens = 0;
                long outputTokens = 0;
                bool expired = false;
                foreach (var file in files)
                {
                    var tokens = await ProcessFileAsync(job, answerer, file, input, output, deadline, token).ConfigureAwait(false);
                    inputTokens += tokens.Input;
                    outputTokens += tokens.Output;
                    if (tokens.Expired)
                    {
                        expired = true;
                        break;
                    }
                    if (token.IsCancellationRequested)
                    {
                        break;
                    }
                }
                _shutdown.ThrowIfCancellationRequested();
                await WriteManifestAsync(job, output, inputTokens, outputTokens).ConfigureAwait(false);
                Finish(job, expired);
            }
            catch (OperationCanceledException) when (job.StopRequested.IsCancellationRequested && !_shutdown.IsCancellationRequested)
            {
                job.MoveTo("Stopped");
            }
            catch (OperationCanceledException) when (_shutdown.IsCancellationRequested)
            {
                // The emulator is stopping: the job simply ends with it.
            }
            catch (Exception ex) when (ex is IOException || ex is System.Net.Http.HttpRequestException || ex is UnauthorizedAccessException)
            {
                job.MoveTo("Failed", "The job could not read its input or write its output: " + ex.Message);
            }
        }

        private static void Finish(BatchJob job, bool expired)
        {
            var counts = job.Counts();
            if (job.StopRequested.IsCancellationRequested)
            {
                job.MoveTo("Stopped");
            }
            else if (expired)
            {
                job.MoveTo("Expired", "The job did not finish within its timeout of " + job.TimeoutHours + " hours; the records processed so far are in the output.");
            }
            else if (counts.Errors == 0)
            {
                job.MoveTo("Completed");
            }
            else if (counts.Success > 0)
            {
                job.MoveTo("PartiallyCompleted", counts.Errors + " of " + counts.Total + " records failed; see the error field of those records in the output.");
            }
            else
            {
                job.MoveTo("Failed", "Every record failed; see the error field of each record in the output.");
            }
        }

        private async Task<List<StoredObject>> InputFilesAsync(S3Uri input, CancellationToken token)
        {
            if (!await _store.BucketExistsAsync(input.Bucket, token).ConfigureAwait(false))
            {
                return new List<StoredObject>();
            }
            if (input.Key.Length > 0 && !input.Key.EndsWith("/", StringComparison.Ordinal))
            {
                var single = await _store.HeadAsync(input.Bucket, input.Key, token).ConfigureAwait(false);
                if (single != null)
                {
                    return new List<StoredObject> { single };
                }
            }
            string prefix = input.Key.Length == 0 || input.Key.EndsWith("/", StringComparison.Ordinal) ? input.Key : input.Key + "/";
            var listed = await _store.ListAsync(input.Bucket, prefix, token).ConfigureAwait(false);
            return listed.Where(o => o.Key.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)).ToList();
        }

        /// <summary>Counts the records of every file against the quotas; returns the reason to fail, or null.</summary>
        private async Task<string?> CountRecordsAsync(BatchJob job, List<StoredObject> files, CancellationToken token)
        {
            long total = 0;
            foreach (var file in files)
            {
                long inFile = 0;
                using var stream = await _store.OpenReadAsync(file.Bucket, file.Key, 0, token).ConfigureAwait(false)
                    ?? throw new IOException("The input object " + file.Key + " disappeared.");
                using var reader = new StreamReader(stream, Encoding.UTF8);
                string? line;
                while ((line = await reader.ReadLineAsync().ConfigureAwait(false)) != null)
                {
                    if (line.Trim().Length > 0)
                    {
                        inFile++;
                    }
                }
                if (inFile > _settings.MaximumRecordsPerFile)
                {
                    return "The input file " + file.Key + " has " + inFile + " records; a file may have at most " + _settings.MaximumRecordsPerFile + ".";
                }
                total += inFile;
            }
            job.SetTotal(total);
            if (total < _settings.MinimumRecordsPerJob)
            {
                return "The job has " + total + " records; a batch inference job needs at least " + _settings.MinimumRecordsPerJob + ".";
            }
            if (total > _settings.MaximumRecordsPerJob)
            {
                return "The job has " + total + " records; a batch inference job may have at most " + _settings.MaximumRecordsPerJob + ".";
            }
            return null;
        }

        private async Task<(long Input, long Output, bool Expired)> ProcessFileAsync(BatchJob job, BatchRecordAnswerer answerer, StoredObject file,
            S3Uri input, S3Uri output, DateTimeOffset deadline, CancellationToken token)
        {
            string relative = file.Key.Length > input.Key.Length && file.Key.StartsWith(input.Key, StringComparison.Ordinal) && input.Key.Length > 0
                ? file.Key.Substring(input.Key.Length).TrimStart('/')
                : file.Key.Substring(file.Key.LastIndexOf('/') + 1);
            string scratch = Path.Combine(Path.GetTempPath(), "bedrockps-batch-" + Guid.NewGuid().ToString("N"));
            long inputTokens = 0;
            long outputTokens = 0;
            bool expired = false;
            try
            {
                using (var source = await _store.OpenReadAsync(file.Bucket, file.Key, 0, token).ConfigureAwait(false) ?? throw new IOException("The input object " + file.Key + " disappeared."))
                using (var reader = new StreamReader(source, Encoding.UTF8))
                using (var writer = new StreamWriter(scratch, false, new UTF8Encoding(false)))
                {
                    string? line;
                    while ((line = await reader.ReadLineAsync().ConfigureAwait(false)) != null)
                    {
                        if (line.Trim().Length == 0)
                        {
                            continue;
                        }
                        if (token.IsCancellationRequested)
                        {
                            break;
                        }
                        if (DateTimeOffset.UtcNow > deadline)
                        {
                            expired = true;
                            break;
                        }
                        JsonObject answer = AnswerLine(answerer, line, out bool success, out int inTokens, out int outTokens);
                        await writer.WriteLineAsync(JsonBody.Text(answer)).ConfigureAwait(false);
                        inputTokens += inTokens;
                        outputTokens += outTokens;
                        job.CountRecord(success);
                        await PauseAsync(_settings.RecordDelay, CancellationToken.None).ConfigureAwait(false);
                    }
                }
                using (var written = new FileStream(scratch, FileMode.Open, FileAccess.Read))
                {
                    await _store.PutAsync(output.Bucket, output.Child(job.JobId + "/" + relative + ".out"), written, "application/jsonl", null, CancellationToken.None).ConfigureAwait(false);
                }
            }
            finally
            {
                File.Delete(scratch);
            }
            return (inputTokens, outputTokens, expired);
        }

        private static JsonObject AnswerLine(BatchRecordAnswerer answerer, string line, out bool success, out int inputTokens, out int outputTokens)
        {
            JsonObject? record = null;
            try
            {
                record = JsonNode.Parse(line) as JsonObject;
            }
            catch (JsonException)
            {
            }
            string recordId = (record?["recordId"] as JsonValue)?.TryGetValue(out string? id) == true && !string.IsNullOrEmpty(id) ? id! : NewRecordId();
            if (record == null)
            {
                success = false;
                inputTokens = 0;
                outputTokens = 0;
                return new JsonObject
                {
                    ["recordId"] = recordId,
                    ["error"] = new JsonObject { ["errorCode"] = 400, ["errorMessage"] = "The record is not a JSON object with recordId and modelInput." },
                };
            }
            return answerer.Answer(recordId, record["modelInput"], out success, out inputTokens, out outputTokens);
        }

        private async Task WriteManifestAsync(BatchJob job, S3Uri output, long inputTokens, long outputTokens)
        {
            var counts = job.Counts();
            var manifest = new JsonObject
            {
                ["totalRecordCount"] = counts.Total,
                ["processedRecordCount"] = counts.Processed,
                ["successRecordCount"] = counts.Success,
                ["errorRecordCount"] = counts.Errors,
                ["inputTokenCount"] = inputTokens,
                ["outputTokenCount"] = outputTokens,
            };
            using var content = new MemoryStream(JsonBody.Bytes(manifest));
            await _store.PutAsync(output.Bucket, output.Child(job.JobId + "/manifest.json.out"), content, "application/json", null, CancellationToken.None).ConfigureAwait(false);
        }

        private static string Member(JsonObject request, string config, string s3Config) => request[config]![s3Config]!["s3Uri"]!.GetValue<string>();

        private static async Task PauseAsync(TimeSpan delay, CancellationToken token)
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, token).ConfigureAwait(false);
            }
            token.ThrowIfCancellationRequested();
        }

        private static readonly object RandomGate = new object();
        private static readonly Random Random = new Random();

        /// <summary>The service names records it was given without an id with 11 upper-case letters and digits.</summary>
        private static string NewRecordId()
        {
            const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
            var chars = new char[11];
            lock (RandomGate)
            {
                for (int i = 0; i < chars.Length; i++)
                {
                    chars[i] = Alphabet[Random.Next(Alphabet.Length)];
                }
            }
            return new string(chars);
        }
    }
}
