using Xunit;
using System;
using System.Threading.Tasks;

namespace BedrockPS.Emulator.Tests.Batch
{
    /// <summary>An emulated hour shorter than the job's own steps: every job outlives its timeout.</summary>
    public sealed class BatchJobExpiryTests : BatchFixture
    {
        public BatchJobExpiryTests()
            : base(batch => batch.HourLength = TimeSpan.FromTicks(1))
        {
        }

        [Fact]
        public async Task A_job_past_its_timeout_expires_with_a_message_and_a_manifest()
        {
            await PutTextAsync("in-bucket", "p.jsonl", Jsonl(3));

            string arn = await CreateAsync(CreateBody("slow", "s3://in-bucket/p.jsonl", "s3://in-bucket/out/", extra: ",\"timeoutDurationInHours\":24"));
            var job = await WaitAsync(arn);

            Assert.Equal("Expired", job["status"]!.GetValue<string>());
            Assert.Contains("24 hours", job["message"]!.GetValue<string>());
            Assert.Equal(0, job["processedRecordCount"]!.GetValue<long>());
            string jobId = arn.Substring(arn.LastIndexOf('/') + 1);
            Assert.Contains("\"processedRecordCount\":0", await GetTextAsync("in-bucket", "out/" + jobId + "/manifest.json.out"));
        }
    }
}
