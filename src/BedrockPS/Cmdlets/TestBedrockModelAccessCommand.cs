using System;
using System.Management.Automation;
using BedrockPS.Completion;
using BedrockPS.Core;
using BedrockPS.Core.Preflight;
using BedrockPS.Infrastructure;
using BedrockPS.Mapping;

namespace BedrockPS.Cmdlets
{
    /// <summary>
    /// The preflight for scripts and CI: can this account use this model id (foundation model or inference profile,
    /// id or ARN) in this region? Makes only free control-plane reads (GetInferenceProfile, GetFoundationModel,
    /// GetFoundationModelAvailability), never a model call. With -Quiet it writes $true or $false.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "BedrockModelAccess")]
    [OutputType(typeof(ModelAccess))]
    [OutputType(typeof(bool))]
    public sealed class TestBedrockModelAccessCommand : BedrockCmdlet
    {
        /// <summary>The model ids to check: foundation model ids or ARNs, system-defined inference profile ids or ARNs, application inference profile ids or ARNs.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ModelIdCompleter))]
        public string[] ModelId { get; set; } = Array.Empty<string>();

        /// <summary>Write only $true (usable) or $false, for an if statement.</summary>
        [Parameter]
        public SwitchParameter Quiet { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            IBedrockService service;
            try
            {
                service = GetService();
            }
            catch (Exception ex) when (!IsStop(ex))
            {
                ThrowMappedError(ex, ModelId);
                return;
            }

            foreach (string id in ModelId)
            {
                ModelAccessReport report;
                try
                {
                    report = RunOnPump(ct => ModelAccessCheck.CheckAsync(service, id, DateTimeOffset.UtcNow, ct));
                }
                catch (Exception ex) when (!IsStop(ex))
                {
                    // Region and credentials are resolved by the first read, so a CI step without them stops here with its usual error id.
                    if (IsConfigurationOrIdentity(ex)) ThrowMappedError(ex, id);
                    WriteMappedError(ex, id);
                    continue;
                }
                foreach (string warning in report.Warnings) WriteWarning(warning);
                if (Quiet.IsPresent)
                {
                    WriteObject(report.Usable);
                }
                else
                {
                    // Resolved by the reads just made, so asking costs nothing.
                    WriteObject(ModelAccessMapper.ToModelAccess(report, (service as BedrockClient)?.Region));
                }
            }
        }

        /// <summary>Failures that would fail every other id the same way: stop at the first.</summary>
        private static bool IsConfigurationOrIdentity(Exception ex)
        {
            if (!(ex is BedrockServiceException service)) return false;
            switch (service.ErrorCode)
            {
                case BedrockErrorCodes.NoCredentials:
                case BedrockErrorCodes.NoRegion:
                case BedrockErrorCodes.InvalidEndpoint:
                case BedrockErrorCodes.InvalidConfiguration:
                case BedrockErrorCodes.InsecureBearerEndpoint:
                case BedrockErrorCodes.UnrecognizedClient:
                case BedrockErrorCodes.InvalidSignature:
                case BedrockErrorCodes.ExpiredToken:
                    return true;
                default:
                    return false;
            }
        }
    }
}
