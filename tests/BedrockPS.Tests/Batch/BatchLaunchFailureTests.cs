using System;
using System.Linq;
using System.Management.Automation;
using BedrockPS.Emulator;
using BedrockPS.Tests.Cmdlets;
using Xunit;

namespace BedrockPS.Tests.Batch
{
    /// <summary>A run split into several jobs whose last creation is refused: the jobs already running are not lost.</summary>
    public sealed class BatchLaunchFailureTests
    {
        [Fact]
        public void Jobs_created_before_a_refused_one_are_written_before_the_error()
        {
            // Two active jobs at most, and jobs slow enough to still be active when the third is asked for.
            using var host = new CmdletRunspace(new EmulatorOptions
            {
                Batch = new BatchSettings { StepDelay = TimeSpan.FromSeconds(30), MaximumActiveJobs = 2 },
            });
            host.Set("S3", new Uri(host.Emulator.S3EndpointUrl));
            using var ps = host.Create(
                "$rows = 1..120 | ForEach-Object { [pscustomobject]@{ Prompt = \"Question $_\" } }\n" +
                "$rows | Start-BedrockBatchJob -ModelId amazon.nova-lite-v1:0 -S3Uri s3://batch-bucket/split -RoleArn arn:aws:iam::123456789012:role/BedrockBatch " +
                "-MaxRecordsPerJob 40 -MinimumRecordsPerJob 10 @Connection -S3EndpointUrl $S3");

            var output = ps.Invoke().ToList();

            var jobs = output.Select(o => o.BaseObject).OfType<BatchJob>().ToList();
            Assert.Equal(2, jobs.Count);
            Assert.All(jobs, job => Assert.False(string.IsNullOrEmpty(job.JobArn)));
            Assert.Equal(new[] { "-0001", "-0002" }, jobs.Select(job => job.JobName![^5..]));
            // The third creation's refusal ends the statement, after the two jobs that run.
            ErrorRecord refusal = Assert.Single(ps.Streams.Error);
            Assert.StartsWith("BedrockPS.ServiceQuotaExceeded,", refusal.FullyQualifiedErrorId, StringComparison.Ordinal);
        }
    }
}
