using System;
using System.Management.Automation;
using BedrockPS.Core.Models;

namespace BedrockPS.Batch
{
    /// <summary>Gets batch jobs by id or ARN, or lists them (every page) filtered by status, name and submit time.</summary>
    [Cmdlet(VerbsCommon.Get, "BedrockBatchJob", DefaultParameterSetName = ListSet)]
    [OutputType(typeof(BatchJob))]
    public sealed class GetBedrockBatchJobCommand : BatchCmdlet
    {
        private const string ListSet = "List";
        private const string ByIdSet = "ById";

        /// <summary>Job ids or job ARNs.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("JobArn", "JobIdentifier")]
        public string[] JobId { get; set; } = Array.Empty<string>();

        /// <summary>Only jobs in this state.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateSet("Submitted", "Validating", "Scheduled", "InProgress", "Completed", "PartiallyCompleted", "Failed", "Stopping", "Stopped", "Expired")]
        public string? Status { get; set; }

        /// <summary>Only jobs whose name contains this text.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [Alias("Name")]
        public string? NameContains { get; set; }

        /// <summary>Only jobs submitted after this time.</summary>
        [Parameter(ParameterSetName = ListSet)]
        public DateTime? SubmittedAfter { get; set; }

        /// <summary>Only jobs submitted before this time.</summary>
        [Parameter(ParameterSetName = ListSet)]
        public DateTime? SubmittedBefore { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            if (ParameterSetName == ByIdSet)
            {
                foreach (string id in JobId)
                {
                    try
                    {
                        var service = GetBatchService();
                        string checkedId = CheckJobId(id);
                        WriteObject(BatchJobMapper.ToOutput(RunOnPump(ct => service.GetModelInvocationJobAsync(checkedId, ct))));
                    }
                    catch (Exception ex) when (!IsStop(ex))
                    {
                        WriteMappedError(ex, id);
                    }
                }
                return;
            }
            try
            {
                var service = GetBatchService();
                var filter = new ModelInvocationJobFilter
                {
                    StatusEquals = Status,
                    NameContains = NameContains,
                    SubmitTimeAfter = SubmittedAfter.HasValue ? new DateTimeOffset(SubmittedAfter.Value.ToUniversalTime()) : (DateTimeOffset?)null,
                    SubmitTimeBefore = SubmittedBefore.HasValue ? new DateTimeOffset(SubmittedBefore.Value.ToUniversalTime()) : (DateTimeOffset?)null,
                    SortOrder = "Descending",
                };
                foreach (var job in RunOnPump(ct => service.ListModelInvocationJobsAsync(filter, ct)))
                {
                    WriteObject(BatchJobMapper.ToOutput(job));
                }
            }
            catch (Exception ex) when (!IsStop(ex))
            {
                ThrowMappedError(ex, null);
            }
        }
    }
}
