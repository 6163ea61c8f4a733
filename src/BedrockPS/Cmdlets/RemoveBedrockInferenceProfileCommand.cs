using System;
using System.Management.Automation;
using BedrockPS.Completion;
using BedrockPS.Core;
using BedrockPS.Infrastructure;

namespace BedrockPS.Cmdlets
{
    /// <summary>
    /// Deletes application inference profiles by id or ARN (piped from Get-BedrockInferenceProfile too). Asks for
    /// confirmation unless -Confirm:$false; system-defined profiles cannot be deleted.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "BedrockInferenceProfile", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveBedrockInferenceProfileCommand : BedrockCmdlet
    {
        /// <summary>Ids or ARNs of the application profiles to delete. Binds from the pipeline, and by property name from <c>InferenceProfileId</c> or <c>InferenceProfileArn</c>.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("InferenceProfileArn")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(InferenceProfileIdCompleter))]
        public string[] InferenceProfileId { get; set; } = Array.Empty<string>();

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            IBedrockService? service = null;
            foreach (string id in InferenceProfileId)
            {
                if (!ShouldProcess(id, "Delete application inference profile")) continue;
                try
                {
                    service ??= GetService();
                    IBedrockService current = service;
                    RunOnPump(ct => current.DeleteInferenceProfileAsync(id.Trim(), ct));
                    WriteVerbose("Deleted inference profile " + id + ".");
                }
                catch (Exception ex) when (!IsStop(ex))
                {
                    WriteMappedError(ex, id);
                }
            }
        }
    }
}
