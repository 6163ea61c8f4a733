using System;
using System.Management.Automation;
using BedrockPS.Conversion;
using BedrockPS.Converse;
using BedrockPS.Core.BatchInference;
using BedrockPS.Core.Models;
using BedrockPS.Infrastructure;
using BedrockPS.StructuredOutput;
using BedrockPS.Usage;

namespace BedrockPS.Batch
{
    /// <summary>
    /// Streams a finished job's output back and writes one ConverseResult per row, in input order, with the row as
    /// Input (joined through the row manifest). A record the service failed, or one missing from the output, is a
    /// non-terminating error whose TargetObject is its row. The job's token totals go into Get-BedrockUsage.
    /// </summary>
    [Cmdlet(VerbsCommunications.Receive, "BedrockBatchJob")]
    [OutputType(typeof(ConverseResult))]
    public sealed class ReceiveBedrockBatchJobCommand : BatchCmdlet
    {
        internal const string NotFinishedId = "BedrockPS.BatchJobNotFinished";
        internal const string RecordFailedId = "BedrockPS.BatchRecordFailed";
        internal const string RecordMissingId = "BedrockPS.BatchRecordMissing";

        /// <summary>Usage tallied from batch jobs is kept apart from on-demand usage under this model id suffix.</summary>
        internal const string BatchUsageSuffix = " [batch]";

        /// <summary>Job ids (the 12 characters at the end of the ARN) or job ARNs, for example from <c>Start-BedrockBatchJob</c> or <c>Get-BedrockBatchJob</c> piped in.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("JobArn", "JobIdentifier")]
        public string[] JobId { get; set; } = Array.Empty<string>();

        /// <summary>For a job started with -JsonSchema: one flat row per input (its columns, then the data's properties), for Export-Csv.</summary>
        [Parameter]
        public SwitchParameter Flatten { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            foreach (string id in JobId)
            {
                try
                {
                    Receive(CheckJobId(id));
                }
                catch (Exception ex) when (!IsStop(ex) && !(ex is PipelineStoppedException))
                {
                    WriteMappedError(ex, id);
                }
            }
        }

        private void Receive(string jobId)
        {
            var service = GetBatchService();
            var job = RunOnPump(ct => service.GetModelInvocationJobAsync(jobId, ct));
            if (!job.IsFinished)
            {
                WriteError(new ErrorRecord(
                    new InvalidOperationException("The batch job " + job.JobId + " is " + job.Status + ": its output is written when it ends. Wait for it with Wait-BedrockBatchJob."),
                    NotFinishedId, ErrorCategory.ResourceBusy, BatchJobMapper.ToOutput(job)));
                return;
            }
            using var storage = CreateStorage();
            var pump = Pump;
            RunOnPump(async ct =>
            {
                await foreach (var record in BatchOutputReader.ReadAsync(job, storage, ct))
                {
                    // Waiting for the pipeline thread to write each record keeps the reader from running ahead of it.
                    await pump.InvokeOnPipelineAsync(() => Write(record)).ConfigureAwait(false);
                }
            });
            var totals = RunOnPump(ct => BatchOutputReader.ReadTotalsAsync(job, storage, ct));
            if (totals != null)
            {
                UsageTally.Record((job.ModelId ?? string.Empty) + BatchUsageSuffix, totals.InputTokenCount, totals.OutputTokenCount, 0, 0, (int)Math.Min(int.MaxValue, totals.SuccessRecordCount));
            }
        }

        private bool Write(BatchRecordResult record)
        {
            object? row = JsonToPowerShell.Parse(record.RowJson);
            if (record.InvalidData != null)
            {
                // The answer is kept whole in the error (RawText); batch has no repair round.
                WriteError(ErrorRecordFactory.FromException(record.InvalidData, row));
            }
            else if (record.Outcome != null && Flatten.IsPresent)
            {
                if (!record.Data.HasValue)
                {
                    throw LocalInputException.InvalidInput("-Flatten writes the data's properties as columns, and this job was not started with -JsonSchema: drop -Flatten.", "Flatten");
                }
                WriteObject(FlatRow.Build(row, record.Data.Value));
            }
            else if (record.Outcome != null)
            {
                WriteObject(ConverseResultFactory.Create(record.Outcome, null, row, record.Data));
            }
            else if (record.IsMissing)
            {
                WriteError(new ErrorRecord(
                    new InvalidOperationException("Row " + (record.Index + 1) + " (record " + record.RecordId + ") has no answer in the job's output: the job ended before it was processed. Send it again."),
                    RecordMissingId, ErrorCategory.ObjectNotFound, row));
            }
            else
            {
                WriteError(new ErrorRecord(
                    new InvalidOperationException("Row " + (record.Index + 1) + " (record " + record.RecordId + ") failed in the batch job with " + record.ErrorCode + ": " + record.ErrorMessage),
                    RecordFailedId, Category(record.ErrorCode), row));
            }
            return true;
        }

        private static ErrorCategory Category(int? code)
        {
            switch (code)
            {
                case 400: return ErrorCategory.InvalidArgument;
                case 403: return ErrorCategory.PermissionDenied;
                case 404: return ErrorCategory.ObjectNotFound;
                case 408: return ErrorCategory.OperationTimeout;
                case 429: return ErrorCategory.LimitsExceeded;
                default: return ErrorCategory.NotSpecified;
            }
        }
    }
}
