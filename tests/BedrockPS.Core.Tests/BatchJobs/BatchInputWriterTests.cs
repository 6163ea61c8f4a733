using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using BedrockPS.Core.BatchInference;
using BedrockPS.Core.Models;

namespace BedrockPS.Core.Tests.BatchJobs
{
    public sealed class BatchInputWriterTests : IDisposable
    {
        private readonly string folder = Path.Combine(Path.GetTempPath(), "bedrockps-writer-" + Guid.NewGuid().ToString("N"));

        private static BatchRow Row(int i) => new BatchRow(
            new ConverseRequest
            {
                Messages = new List<Message> { new Message { Role = "user", Content = new List<ContentBlock> { new ContentBlock { Text = "prompt " + i } } } },
                InferenceConfig = new InferenceConfiguration { MaxTokens = 64 },
            },
            "{\"Prompt\":\"prompt " + i + "\",\"Id\":" + i + "}");

        [Fact]
        public void Rows_split_by_the_per_file_and_per_job_record_quotas_with_one_manifest_per_job()
        {
            using var writer = new BatchInputWriter(folder, new BatchQuotas { MaximumRecordsPerFile = 3, MaximumRecordsPerJob = 5 });
            for (int i = 0; i < 12; i++)
            {
                writer.Add(Row(i));
            }

            var plan = writer.Complete();

            Assert.Equal(new long[] { 5, 5, 2 }, plan.Jobs.Select(j => j.Records));
            Assert.Equal(new long[] { 3, 2 }, plan.Jobs[0].Files.Select(f => f.Records));
            Assert.Equal(5, plan.Files);
            Assert.Equal(12, plan.Records);
            Assert.Equal(plan.Jobs.SelectMany(j => j.Files).Sum(f => new FileInfo(f.LocalPath!).Length), plan.Bytes);
            var firstLine = JsonDocument.Parse(File.ReadLines(plan.Jobs[1].Files[0].LocalPath!).First()).RootElement;
            Assert.Equal("R0000000006", firstLine.GetProperty("recordId").GetString());
            Assert.Equal("prompt 5", firstLine.GetProperty("modelInput").GetProperty("messages")[0].GetProperty("content")[0].GetProperty("text").GetString());
            Assert.False(firstLine.GetProperty("modelInput").TryGetProperty("modelId", out _));
            var manifest = File.ReadAllLines(plan.Jobs[1].ManifestPath!).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(5, manifest.Count);
            Assert.Equal(5, manifest[0].GetProperty("index").GetInt64());
            Assert.Equal("input-0001.jsonl", manifest[0].GetProperty("file").GetString());
            Assert.Equal("input-0002.jsonl", manifest[4].GetProperty("file").GetString());
            Assert.Equal(9, manifest[4].GetProperty("input").GetProperty("Id").GetInt32());
        }

        [Fact]
        public void A_size_quota_starts_a_new_file_before_the_line_that_would_pass_it()
        {
            using var writer = new BatchInputWriter(folder, new BatchQuotas { MaximumBytesPerFile = 400 });
            for (int i = 0; i < 10; i++)
            {
                writer.Add(Row(i));
            }

            var plan = writer.Complete();

            Assert.Single(plan.Jobs);
            Assert.True(plan.Files > 1);
            Assert.All(plan.Jobs[0].Files, f => Assert.True(f.Bytes <= 400, f.Bytes + " bytes"));
        }

        [Fact]
        public void Planning_without_a_folder_counts_the_same_and_writes_nothing()
        {
            using var planner = new BatchInputWriter(null, new BatchQuotas { MaximumRecordsPerFile = 4 });
            using var writer = new BatchInputWriter(folder, new BatchQuotas { MaximumRecordsPerFile = 4 });
            for (int i = 0; i < 9; i++)
            {
                planner.Add(Row(i));
                writer.Add(Row(i));
            }

            var planned = planner.Complete();
            var written = writer.Complete();

            Assert.Equal(written.Records, planned.Records);
            Assert.Equal(written.Files, planned.Files);
            Assert.Equal(written.EstimatedInputTokens, planned.EstimatedInputTokens);
            Assert.True(planned.EstimatedInputTokens > 0);
            Assert.All(planned.Jobs.SelectMany(j => j.Files), f => Assert.Null(f.LocalPath));
        }

        public void Dispose()
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
