using System;
using System.Management.Automation;

namespace BedrockPS.Batch
{
    /// <summary>Stops a batch job (it goes to Stopping, then Stopped). -PassThru writes the job afterwards.</summary>
    [Cmdlet(VerbsLifecycle.Stop, "BedrockBatchJob", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(BatchJob))]
    public sealed class StopBedrockBatchJobCommand : BatchCmdlet
    {
        /// <summary>Job ids (the 12 characters at the end of the ARN) or job ARNs, for example from <c>Start-BedrockBatchJob</c> or <c>Get-BedrockBatchJob</c> piped in.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("JobArn", "JobIdentifier")]
        public string[] JobId { get; set; } = Array.Empty<string>();

        /// <summary>Writes each job after asking it to stop.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            foreach (string id in JobId)
            {
                try
                {
                    string checkedId = CheckJobId(id);
                    if (!ShouldProcess(checkedId, "Stop batch job"))
                    {
                        continue;
                    }
                    var service = GetBatchService();
                    RunOnPump(ct => service.StopModelInvocationJobAsync(checkedId, ct));
                    if (PassThru)
                    {
                        WriteObject(BatchJobMapper.ToOutput(RunOnPump(ct => service.GetModelInvocationJobAsync(checkedId, ct))));
                    }
                }
                catch (Exception ex) when (!IsStop(ex))
                {
                    WriteMappedError(ex, id);
                }
            }
        }
    }
}
