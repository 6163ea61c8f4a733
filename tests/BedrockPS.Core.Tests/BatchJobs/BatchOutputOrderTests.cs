using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core;
using BedrockPS.Core.BatchInference;
using BedrockPS.Core.Models;
using BedrockPS.Core.Storage;
using BedrockPS.Core.Tests.Infrastructure;

namespace BedrockPS.Core.Tests.BatchJobs
{
    /// <summary>
    /// The service does not promise that an output file keeps input order. Receive must still give the rows back in
    /// input order, and lines that come early must not pile up in memory (past a budget they wait on disk).
    /// </summary>
    public sealed class BatchOutputOrderTests : IDisposable
    {
        private const string JobId = "ordertest001";
        private readonly string scratch = Path.Combine(Path.GetTempPath(), "bedrockps-order-" + Guid.NewGuid().ToString("N"));
        private readonly S3ObjectUri input = S3ObjectUri.Parse("s3://order-test/run/job-0001/");
        private readonly S3ObjectUri output = S3ObjectUri.Parse("s3://order-test/run/output/");
        private readonly FolderObjectStorage storage;

        public BatchOutputOrderTests()
        {
            Directory.CreateDirectory(scratch);
            storage = new FolderObjectStorage(Path.Combine(scratch, "store"));
        }

        private static string RecordId(int row) => BatchRecordIds.ForRow(row);

        private static string OutputLine(int row) =>
            "{\"recordId\":\"" + RecordId(row) + "\",\"modelInput\":{\"messages\":[]},\"modelOutput\":{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"text\":\"answer "
            + row + " " + new string('x', 200) + "\"}]}},\"stopReason\":\"end_turn\",\"usage\":{\"inputTokens\":3,\"outputTokens\":5,\"totalTokens\":8},\"metrics\":{\"latencyMs\":1}}}";

        private async Task PutAsync(S3ObjectUri target, IEnumerable<string> lines)
        {
            string path = Path.Combine(scratch, Guid.NewGuid().ToString("N"));
            File.WriteAllText(path, string.Join("\n", lines) + "\n", new UTF8Encoding(false));
            await storage.UploadFileAsync(path, target, CancellationToken.None);
        }

        /// <summary>Writes the row manifest and an output file holding the rows in the given order.</summary>
        private async Task<ModelInvocationJob> JobAsync(int rows, IEnumerable<int> outputOrder)
        {
            await PutAsync(BatchLayout.ManifestFor(input), Enumerable.Range(0, rows).Select(i =>
                "{\"recordId\":\"" + RecordId(i) + "\",\"index\":" + i + ",\"file\":\"input-0001.jsonl\",\"input\":{\"Id\":" + i + "}}"));
            await PutAsync(BatchLayout.OutputFile(output, JobId, "input-0001.jsonl"), outputOrder.Select(OutputLine));
            return new ModelInvocationJob
            {
                JobArn = "arn:aws:bedrock:us-east-1:123456789012:model-invocation-job/" + JobId,
                ModelId = "amazon.nova-lite-v1:0",
                Status = "Completed",
                InputDataConfig = new ModelInvocationJobInputDataConfig { S3InputDataConfig = new ModelInvocationJobS3InputDataConfig { S3Uri = input.ToString(), S3InputFormat = "JSONL" } },
                OutputDataConfig = new ModelInvocationJobOutputDataConfig { S3OutputDataConfig = new ModelInvocationJobS3OutputDataConfig { S3Uri = output.ToString() } },
            };
        }

        [Fact]
        public async Task Output_in_reverse_order_comes_back_in_input_order_with_every_answer()
        {
            const int rows = 2000;
            var job = await JobAsync(rows, Enumerable.Range(0, rows).Reverse());

            var results = new List<BatchRecordResult>();
            await foreach (var result in BatchOutputReader.ReadAsync(job, storage, CancellationToken.None))
            {
                results.Add(result);
            }

            Assert.Equal(Enumerable.Range(0, rows).Select(i => (long)i), results.Select(r => r.Index));
            Assert.All(results, r => Assert.StartsWith("answer " + r.Index + " ", r.Outcome!.Text));
            Assert.Equal("{\"Id\":1999}", results[rows - 1].RowJson);
        }

        [Fact]
        public async Task Early_lines_past_the_memory_budget_wait_on_disk_and_come_back_whole()
        {
            const int rows = 300;
            const long budget = 8 * 1024;
            // Shuffled: some lines early, some late, some in place.
            var order = Enumerable.Range(0, rows).OrderBy(i => (i * 7919) % rows).ToList();
            await JobAsync(rows, order);
            var file = BatchLayout.OutputFile(output, JobId, "input-0001.jsonl");

            using var cursor = await BatchOutputCursor.OpenAsync(storage, file, CancellationToken.None, budget);
            for (int row = 0; row < rows; row++)
            {
                string? line = await cursor.FindAsync(RecordId(row));

                Assert.Equal(OutputLine(row), line);
                Assert.InRange(cursor.HeldBytes, 0L, budget);
            }
            Assert.True(cursor.SpilledLines > 0, "A file in this order must have sent early lines to disk under an 8 KB budget.");
            Assert.Equal(0L, cursor.HeldBytes);
            Assert.Null(await cursor.FindAsync(RecordId(rows)));
        }

        [Fact]
        public async Task Output_in_input_order_holds_nothing()
        {
            const int rows = 200;
            await JobAsync(rows, Enumerable.Range(0, rows));

            using var cursor = await BatchOutputCursor.OpenAsync(storage, BatchLayout.OutputFile(output, JobId, "input-0001.jsonl"), CancellationToken.None, 0);
            for (int row = 0; row < rows; row++)
            {
                Assert.Equal(OutputLine(row), await cursor.FindAsync(RecordId(row)));
            }
            Assert.Equal(0, cursor.SpilledLines);
        }

        [Fact]
        public async Task A_damaged_manifest_line_stops_the_join_with_an_error_naming_the_line()
        {
            var job = await JobAsync(3, Enumerable.Range(0, 3));
            await PutAsync(BatchLayout.ManifestFor(input), new[]
            {
                "{\"recordId\":\"" + RecordId(0) + "\",\"index\":0,\"file\":\"input-0001.jsonl\",\"input\":{\"Id\":0}}",
                "{\"recordId\":\"" + RecordId(1) + "\",\"ind",
            });

            var results = new List<BatchRecordResult>();
            var error = await Assert.ThrowsAsync<BedrockServiceException>(async () =>
            {
                await foreach (var result in BatchOutputReader.ReadAsync(job, storage, CancellationToken.None))
                {
                    results.Add(result);
                }
            });

            Assert.Equal(BedrockErrorCodes.BatchManifestInvalid, error.ErrorCode);
            Assert.Contains("Line 2 of the row manifest", error.Message, StringComparison.Ordinal);
            Assert.Equal(new long[] { 0 }, results.Select(r => r.Index));
        }

        [Fact]
        public async Task A_manifest_entry_without_its_record_id_is_refused_too()
        {
            var job = await JobAsync(1, Enumerable.Range(0, 1));
            await PutAsync(BatchLayout.ManifestFor(input), new[] { "{\"index\":0,\"file\":\"input-0001.jsonl\"}" });

            var error = await Assert.ThrowsAsync<BedrockServiceException>(async () =>
            {
                await foreach (var result in BatchOutputReader.ReadAsync(job, storage, CancellationToken.None))
                {
                }
            });

            Assert.Equal(BedrockErrorCodes.BatchManifestInvalid, error.ErrorCode);
        }

        public void Dispose()
        {
            Directory.Delete(scratch, recursive: true);
        }
    }
}
