using Xunit;
using System;
using System.Threading.Tasks;
using BedrockPS.Emulator.Tests.Support;

namespace BedrockPS.Emulator.Tests.Batch
{
    /// <summary>Jobs held in Submitted (a long step delay), so the tests see states without racing the job.</summary>
    public sealed class BatchJobPaceTests : BatchFixture
    {
        public BatchJobPaceTests()
            : base(batch =>
            {
                batch.StepDelay = TimeSpan.FromMinutes(10);
                batch.MaximumActiveJobs = 2;
            })
        {
        }

        [Fact]
        public async Task A_new_job_is_submitted_and_a_stop_takes_it_to_stopped()
        {
            string arn = await CreateAsync(CreateBody("held", "s3://in-bucket/p.jsonl", "s3://in-bucket/out/"));
            var job = await Client.GetJsonAsync("/model-invocation-job/" + arn.Substring(arn.LastIndexOf('/') + 1));
            Assert.Equal("Submitted", job["status"]!.GetValue<string>());
            Assert.Equal(arn, job["jobArn"]!.GetValue<string>());
            Assert.Equal(Role, job["roleArn"]!.GetValue<string>());
            Assert.Equal(168, job["timeoutDurationInHours"]!.GetValue<int>());
            Assert.Null(job["totalRecordCount"]);

            using var stop = await Client.PostAsync("/model-invocation-job/" + Uri.EscapeDataString(arn) + "/stop", "");
            Assert.True(stop.IsSuccessStatusCode);

            var stopped = await WaitAsync(arn, "Stopped");
            Assert.NotNull(stopped["endTime"]);
        }

        [Fact]
        public async Task One_job_past_the_active_quota_is_refused()
        {
            await CreateAsync(CreateBody("one", "s3://in-bucket/p.jsonl", "s3://in-bucket/out/"));
            await CreateAsync(CreateBody("two", "s3://in-bucket/p.jsonl", "s3://in-bucket/out/"));

            using var response = await Client.PostAsync("/model-invocation-job", CreateBody("three", "s3://in-bucket/p.jsonl", "s3://in-bucket/out/"));

            string message = await ErrorAssert.IsAsync(response, 400, "ServiceQuotaExceededException");
            Assert.Contains("2", message);
        }
    }
}
