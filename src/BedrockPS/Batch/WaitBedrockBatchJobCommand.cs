using System;
using System.Diagnostics;
using System.Management.Automation;
using System.Threading.Tasks;
using BedrockPS.Core.Models;

namespace BedrockPS.Batch
{
    /// <summary>
    /// Waits for batch jobs to finish, polling with backoff and showing progress from the record counts. A job that
    /// ends Failed, Stopped or Expired is an error carrying the service's message; Ctrl+C stops waiting only.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Wait, "BedrockBatchJob")]
    [OutputType(typeof(BatchJob))]
    public sealed class WaitBedrockBatchJobCommand : BatchCmdlet
    {
        internal const string JobFailedId = "BedrockPS.BatchJobFailed";
        internal const string WaitTimeoutId = "BedrockPS.BatchJobWaitTimeout";
        private static readonly TimeSpan LongestPoll = TimeSpan.FromSeconds(60);

        /// <summary>Job ids (the 12 characters at the end of the ARN) or job ARNs, for example from <c>Start-BedrockBatchJob</c> or <c>Get-BedrockBatchJob</c> piped in.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("JobArn", "JobIdentifier")]
        public string[] JobId { get; set; } = Array.Empty<string>();

        /// <summary>Give up waiting after this many seconds (the job keeps running). 0 waits without limit.</summary>
        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int TimeoutSec { get; set; }

        /// <summary>The first wait between polls; each later one is half as long again, up to a minute.</summary>
        [Parameter]
        [ValidateRange(0.05, 3600.0)]
        public double PollIntervalSec { get; set; } = 5;

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            foreach (string id in JobId)
            {
                try
                {
                    string checkedId = CheckJobId(id);
                    var service = GetBatchService();
                    var job = Wait(service, checkedId);
                    if (job == null)
                    {
                        continue;
                    }
                    var output = BatchJobMapper.ToOutput(job);
                    if (ModelInvocationJobStates.IsUnsuccessful(job.Status))
                    {
                        string message = "The batch job " + output.JobId + " ended " + job.Status + (string.IsNullOrEmpty(job.Message) ? "." : ": " + job.Message)
                            + (job.Status == "Expired" ? " Start the remaining rows again with a longer -TimeoutHours." : string.Empty);
                        WriteError(new ErrorRecord(new InvalidOperationException(message), JobFailedId, ErrorCategory.OperationStopped, output));
                        continue;
                    }
                    WriteObject(output);
                }
                catch (Exception ex) when (!IsStop(ex))
                {
                    WriteMappedError(ex, id);
                }
            }
        }

        private ModelInvocationJob? Wait(Core.IBedrockBatchJobService service, string jobId)
        {
            var clock = Stopwatch.StartNew();
            var delay = TimeSpan.FromSeconds(PollIntervalSec);
            while (true)
                {
                    var job = RunOnPump(ct => service.GetModelInvocationJobAsync(jobId, ct));
                    if (job.IsFinished)
                    {
                        WriteProgress(new ProgressRecord(ActivityId(jobId), "Batch job " + (job.JobName ?? jobId), job.Status) { RecordType = ProgressRecordType.Completed });
                        return job;
                    }
                    WriteProgress(Progress(jobId, job));
                    if (TimeoutSec > 0 && clock.Elapsed + delay > TimeSpan.FromSeconds(TimeoutSec))
                    {
                        WriteError(new ErrorRecord(
                            new TimeoutException("The batch job " + jobId + " is still " + job.Status + " after " + TimeoutSec
                                + " s. It keeps running: wait again later, or stop it with Stop-BedrockBatchJob."),
                            WaitTimeoutId, ErrorCategory.OperationTimeout, BatchJobMapper.ToOutput(job)));
                        return null;
                    }
                    var wait = delay;
                    RunOnPump(ct => Task.Delay(wait, ct));
                    delay = TimeSpan.FromTicks(Math.Min(LongestPoll.Ticks, (long)(delay.Ticks * 1.5)));
            }
        }

        private static int ActivityId(string jobId) => jobId.GetHashCode() & 0x7FFFFFFF;

        private static ProgressRecord Progress(string jobId, ModelInvocationJob job)
        {
            long total = job.TotalRecordCount ?? 0;
            long done = job.ProcessedRecordCount ?? 0;
            var record = new ProgressRecord(ActivityId(jobId), "Batch job " + (job.JobName ?? jobId),
                total > 0 ? job.Status + ": " + done + " of " + total + " records" : job.Status ?? "Submitted");
            if (total > 0)
            {
                record.PercentComplete = (int)Math.Min(100, done * 100 / total);
            }
            return record;
        }
    }
}
