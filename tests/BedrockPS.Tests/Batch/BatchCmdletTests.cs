using System;
using System.Linq;
using System.Management.Automation;
using BedrockPS.Emulator;
using BedrockPS.Tests.Cmdlets;
using Xunit;

namespace BedrockPS.Tests.Batch
{
    /// <summary>The batch cmdlets in a real PowerShell runspace against the emulator (jobs and embedded S3).</summary>
    public sealed class BatchCmdletTests : IDisposable
    {
        private const string Role = "arn:aws:iam::123456789012:role/BedrockBatch";
        private readonly CmdletRunspace runspace;

        public BatchCmdletTests()
        {
            runspace = new CmdletRunspace(new EmulatorOptions { Batch = new BatchSettings { StepDelay = TimeSpan.FromMilliseconds(10) } });
            runspace.Runspace.SessionStateProxy.SetVariable("S3", new Uri(runspace.Emulator.S3EndpointUrl));
            runspace.Runspace.SessionStateProxy.SetVariable("Role", Role);
        }

        private (PSObject[] Output, ErrorRecord[] Errors) Run(string script)
        {
            using var ps = runspace.Create(script);
            var output = ps.Invoke().ToArray();
            return (output, ps.Streams.Error.ToArray());
        }

        private const string Rows = "$rows = 1..120 | ForEach-Object { [pscustomobject]@{ Id = $_; Prompt = \"Question $_\"; MaxTokens = 40 } }\n";

        [Fact]
        public void Rows_go_through_start_wait_and_receive_and_come_back_in_input_order_with_their_row()
        {
            var (output, errors) = Run(Rows + @"
$job = $rows | Start-BedrockBatchJob -ModelId amazon.nova-lite-v1:0 -S3Uri s3://batch-bucket/runs -RoleArn $Role -JobName night-run @Connection -S3EndpointUrl $S3
$done = $job | Wait-BedrockBatchJob -PollIntervalSec 0.05 @Connection
$results = $done | Receive-BedrockBatchJob @Connection -S3EndpointUrl $S3
[pscustomobject]@{ Job = $job; Done = $done; Results = $results }");

            Assert.Empty(errors);
            var result = output.Single();
            var job = (BatchJob)((PSObject)result.Properties["Job"].Value).BaseObject;
            var done = (BatchJob)((PSObject)result.Properties["Done"].Value).BaseObject;
            var results = ((object[])result.Properties["Results"].Value).Cast<PSObject>().Select(p => (ConverseResult)p.BaseObject).ToArray();
            Assert.Equal("night-run", job.JobName);
            Assert.Equal("Converse", job.ModelInvocationType);
            Assert.Equal("s3://batch-bucket/runs/night-run/job-0001/", job.InputS3Uri);
            Assert.Equal("Completed", done.Status);
            Assert.Equal(120, done.SuccessRecordCount);
            Assert.Equal(120, results.Length);
            Assert.Equal(Enumerable.Range(1, 120).Select(i => (long)i), results.Select(r => Convert.ToInt64(((PSObject)r.Input!).Properties["Id"].Value, System.Globalization.CultureInfo.InvariantCulture)));
            Assert.All(results, r => Assert.False(string.IsNullOrEmpty(r.Text)));
            Assert.All(results, r => Assert.True(r.InputTokens > 0));
            Assert.Equal("amazon.nova-lite-v1:0", results[0].ModelId);
        }

        [Fact]
        public void A_fresh_session_holding_only_the_job_id_receives_the_results_and_tallies_batch_usage()
        {
            var (started, startErrors) = Run(Rows + "($rows | Start-BedrockBatchJob -ModelId amazon.nova-lite-v1:0 -S3Uri s3://batch-bucket/again -RoleArn $Role @Connection -S3EndpointUrl $S3).JobId");
            Assert.Empty(startErrors);
            string jobId = (string)started.Single().BaseObject;

            var (output, errors) = Run("Wait-BedrockBatchJob -JobId '" + jobId + "' -PollIntervalSec 0.05 @Connection | Out-Null\n"
                + "$r = Receive-BedrockBatchJob '" + jobId + "' @Connection -S3EndpointUrl $S3\n"
                + "[pscustomobject]@{ Count = $r.Count; Usage = (Get-BedrockUsage | Where-Object ModelId -eq 'amazon.nova-lite-v1:0 [batch]') }");

            Assert.Empty(errors);
            Assert.Equal(120, (int)output.Single().Properties["Count"].Value);
            Assert.NotNull(output.Single().Properties["Usage"].Value);
        }

        [Fact]
        public void A_failed_record_is_one_error_targeting_its_row_and_the_others_still_come_back()
        {
            runspace.Emulator.Scenario = Scenario.Parse("{\"rules\":[{\"prompt\":\"Question 7$\",\"fault\":\"throttling\"}]}");

            var (output, errors) = Run(Rows + @"
$rows | Start-BedrockBatchJob -ModelId amazon.nova-lite-v1:0 -S3Uri s3://batch-bucket/faults -RoleArn $Role @Connection -S3EndpointUrl $S3 |
    Wait-BedrockBatchJob -PollIntervalSec 0.05 @Connection | Receive-BedrockBatchJob @Connection -S3EndpointUrl $S3");

            Assert.Equal(119, output.Length);
            var error = Assert.Single(errors);
            Assert.Equal("BedrockPS.BatchRecordFailed,BedrockPS.Batch.ReceiveBedrockBatchJobCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.LimitsExceeded, error.CategoryInfo.Category);
            Assert.Equal(7L, Convert.ToInt64(((PSObject)error.TargetObject).Properties["Id"].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains("429", error.Exception.Message);
        }

        [Fact]
        public void Fewer_rows_than_a_job_needs_are_refused_before_anything_is_sent_pointing_to_invoke_bedrockconverse()
        {
            long before = runspace.Emulator.RequestCount;

            var (output, errors) = Run("1..5 | ForEach-Object { \"Row $_\" } | Start-BedrockBatchJob -ModelId amazon.nova-lite-v1:0 -S3Uri s3://batch-bucket/small -RoleArn $Role @Connection -S3EndpointUrl $S3");

            Assert.Empty(output);
            var error = Assert.Single(errors);
            Assert.StartsWith("BedrockPS.TooFewBatchRows", error.FullyQualifiedErrorId);
            Assert.Contains("Invoke-BedrockConverse", error.Exception.Message);
            Assert.Equal(before, runspace.Emulator.RequestCount);
        }

        [Fact]
        public void WhatIf_shows_the_plan_and_sends_nothing()
        {
            long before = runspace.Emulator.RequestCount;

            var (output, errors) = Run(Rows + "$rows | Start-BedrockBatchJob -ModelId amazon.nova-lite-v1:0 -S3Uri s3://batch-bucket/plan -RoleArn $Role -MaxRecordsPerFile 50 -MaxRecordsPerJob 100 -MinimumRecordsPerJob 10 -WhatIf -Verbose @Connection -S3EndpointUrl $S3 4>&1 | Out-String");

            Assert.Empty(errors);
            string text = string.Concat(output.Select(o => o.ToString()));
            Assert.Contains("Start 2 batch job(s) on amazon.nova-lite-v1:0: 120 rows in 3 file(s)", text);
            Assert.Contains("input tokens", text);
            Assert.Equal(before, runspace.Emulator.RequestCount);
            var (listed, _) = Run("(Get-BedrockBatchJob @Connection).Count");
            Assert.Equal(0, (int)listed.Single().BaseObject);
        }

        [Theory]
        [InlineData("-S3Uri https://batch-bucket/x -RoleArn $Role", "S3Uri")]
        [InlineData("-S3Uri s3://batch-bucket/x -RoleArn arn:aws:iam::123456789012:user/me", "RoleArn")]
        [InlineData("-S3Uri s3://batch-bucket/x -RoleArn $Role -JobName 'bad name'", "JobName")]
        public void Bad_parameters_are_refused_before_anything_is_sent(string parameters, string named)
        {
            var (_, errors) = Run("1..3 | Start-BedrockBatchJob -ModelId amazon.nova-lite-v1:0 " + parameters + " @Connection -S3EndpointUrl $S3");

            var error = Assert.Single(errors);
            Assert.StartsWith("BedrockPS.InvalidInput", error.FullyQualifiedErrorId);
            Assert.Contains(named, error.Exception.Message);
            Assert.Equal(0, runspace.Emulator.RequestCount);
        }

        [Fact]
        public void Get_lists_with_filters_stop_asks_first_and_wait_reports_a_stopped_job_as_an_error()
        {
            var (output, errors) = Run(Rows + @"
$job = $rows | Start-BedrockBatchJob -ModelId amazon.nova-lite-v1:0 -S3Uri s3://batch-bucket/stops -RoleArn $Role -JobName to-stop @Connection -S3EndpointUrl $S3
$job | Stop-BedrockBatchJob -Confirm:$false @Connection
$waited = $job | Wait-BedrockBatchJob -PollIntervalSec 0.05 @Connection -ErrorVariable waitErrors -ErrorAction SilentlyContinue
[pscustomobject]@{
    ByName = @(Get-BedrockBatchJob -NameContains to-st @Connection).Count
    None = @(Get-BedrockBatchJob -NameContains nothing-like-this @Connection).Count
    Stopped = @(Get-BedrockBatchJob -Status Stopped @Connection).Count
    ById = (Get-BedrockBatchJob $job.JobArn @Connection).Status
    WaitError = $waitErrors[0].FullyQualifiedErrorId
}");

            Assert.Empty(errors);
            var r = output.Single();
            Assert.Equal(1, (int)r.Properties["ByName"].Value);
            Assert.Equal(0, (int)r.Properties["None"].Value);
            Assert.Equal(1, (int)r.Properties["Stopped"].Value);
            Assert.Equal("Stopped", r.Properties["ById"].Value);
            Assert.StartsWith("BedrockPS.BatchJobFailed", (string)r.Properties["WaitError"].Value);
        }

        [Fact]
        public void A_malformed_job_id_is_refused_before_sending()
        {
            var (_, errors) = Run("Get-BedrockBatchJob 'NOT-A-JOB' @Connection");

            Assert.StartsWith("BedrockPS.InvalidBatchJobId", Assert.Single(errors).FullyQualifiedErrorId);
            Assert.Equal(0, runspace.Emulator.RequestCount);
        }

        [Fact]
        public void Wait_gives_up_after_TimeoutSec_with_an_error_and_leaves_the_job_running()
        {
            using var slow = new CmdletRunspace(new EmulatorOptions { Batch = new BatchSettings { StepDelay = TimeSpan.FromMinutes(10) } });
            slow.Runspace.SessionStateProxy.SetVariable("S3", new Uri(slow.Emulator.S3EndpointUrl));
            slow.Runspace.SessionStateProxy.SetVariable("Role", Role);
            using var ps = slow.Create(Rows + @"
$job = $rows | Start-BedrockBatchJob -ModelId amazon.nova-lite-v1:0 -S3Uri s3://batch-bucket/slow -RoleArn $Role @Connection -S3EndpointUrl $S3
$job | Wait-BedrockBatchJob -TimeoutSec 1 -PollIntervalSec 0.2 @Connection
(Get-BedrockBatchJob $job.JobId @Connection).Status");

            var output = ps.Invoke();

            var error = Assert.Single(ps.Streams.Error);
            Assert.StartsWith("BedrockPS.BatchJobWaitTimeout", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.OperationTimeout, error.CategoryInfo.Category);
            Assert.IsType<BatchJob>(error.TargetObject);
            Assert.Equal("Submitted", Assert.Single(output).BaseObject);
        }

        public void Dispose() => runspace.Dispose();
    }
}
