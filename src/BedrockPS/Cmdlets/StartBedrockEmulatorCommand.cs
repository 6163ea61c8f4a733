using System;
using System.Management.Automation;
using System.Threading;
using BedrockPS.Completion;
using BedrockPS.Emulator;
using BedrockPS.Emulators;
using BedrockPS.Infrastructure;

namespace BedrockPS.Cmdlets
{
    /// <summary>
    /// Starts the Bedrock-compatible emulator on 127.0.0.1 and writes its EmulatorInfo. Pipe it to
    /// Set-BedrockConfiguration to point the module at it. With -Wait it serves until Ctrl+C (standalone use).
    /// </summary>
    [Cmdlet(VerbsLifecycle.Start, "BedrockEmulator")]
    [OutputType(typeof(EmulatorInfo))]
    public sealed class StartBedrockEmulatorCommand : PSCmdlet, IDisposable
    {
        private readonly ManualResetEventSlim _stopped = new ManualResetEventSlim(false);

        /// <summary>TCP port on 127.0.0.1; 0 picks a free one.</summary>
        [Parameter(Position = 0)]
        [ValidateRange(0, 65535)]
        public int Port { get; set; }

        /// <summary>The region the emulator answers as (its signatures must name it); default us-east-1.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(RegionCompleter))]
        public string Region { get; set; } = EmulatorCredentialDefaults.Region;

        /// <summary>Pause between streamed events, to watch streaming happen.</summary>
        [Parameter]
        [ValidateRange(0, 60000)]
        public int StreamDelayMs { get; set; }

        /// <summary>Extra latency before every answer.</summary>
        [Parameter]
        [ValidateRange(0, 600000)]
        public int LatencyMs { get; set; }

        /// <summary>A scenario file (JSON rules: prompt pattern to reply, tool use, stop reason, fault).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Scenario { get; set; }

        /// <summary>A fault to inject. A string rather than the emulator's enum: an enum field would make PowerShell load the
        /// emulator assembly while it scans this one, before the module's dependency resolver is installed.</summary>
        [Parameter]
        [ValidateSet("None", "Throttling", "InternalServerError", "ServiceUnavailable", "ModelNotReady", "ModelTimeout",
            "ResetBeforeHeaders", "StreamThrottlingException", "StreamModelError", "CutMidStream", "CorruptFrame",
            "TruncatedFrame", "StallStream", IgnoreCase = true)]
        public string Fault { get; set; } = "None";

        /// <summary>Inject -Fault on every Nth request only (0: every request).</summary>
        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int FaultEveryNthRequest { get; set; }

        /// <summary>Model ids whose access is not granted: calls to them fail with AccessDeniedException, as on an account without model access.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? DisabledModelId { get; set; }

        /// <summary>
        /// Legacy model ids this emulated account has not used in the last 30 days ('*' for every Legacy model): calls to
        /// them fail with ResourceNotFoundException "Access denied. This Model is marked by provider as Legacy...".
        /// </summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? InactiveLegacyModelId { get; set; }

        /// <summary>The date model lifecycles are judged at (models past end of life are retired); the current time by default.</summary>
        [Parameter]
        public DateTime? LifecycleDate { get; set; }

        /// <summary>
        /// Per model id, what GetFoundationModelAvailability reports: one or more of NotAuthorized, NotEntitled, NotInRegion,
        /// AgreementPending, AgreementNotAvailable, AgreementError. Calls to such a model are refused as the service refuses them.
        /// </summary>
        [Parameter]
        [ValidateNotNull]
        public System.Collections.Hashtable? ModelAvailability { get; set; }

        /// <summary>Keep serving until Ctrl+C, then stop.</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        /// <inheritdoc/>
        protected override void EndProcessing()
        {
            var options = new EmulatorOptions
            {
                Port = Port,
                Region = Region,
                StreamDelay = TimeSpan.FromMilliseconds(StreamDelayMs),
                Latency = TimeSpan.FromMilliseconds(LatencyMs),
            };
            foreach (string model in DisabledModelId ?? Array.Empty<string>()) options.DisabledModels.Add(model);
            foreach (string model in InactiveLegacyModelId ?? Array.Empty<string>()) options.InactiveLegacyModels.Add(model);
            if (LifecycleDate.HasValue)
            {
                DateTime date = LifecycleDate.Value;
                options.LifecycleDate = new DateTimeOffset(date.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : date.ToUniversalTime());
            }
            AddModelAvailability(options);
            string? scenarioPath = null;
            if (Scenario != null)
            {
                scenarioPath = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Scenario);
                if (!System.IO.File.Exists(scenarioPath))
                    ThrowTerminatingError(ErrorRecordFactory.FileNotFound(Scenario, Scenario));
                options.ScenarioPath = scenarioPath;
            }
            var fault = (FaultKind)Enum.Parse(typeof(FaultKind), Fault, ignoreCase: true);
            if (fault != FaultKind.None)
            {
                options.Faults = new FaultSettings { Kind = fault, EveryNthRequest = FaultEveryNthRequest };
            }

            BedrockEmulator emulator;
            try
            {
                emulator = BedrockEmulator.Start(options);
            }
            catch (Exception ex)
            {
                ThrowTerminatingError(ErrorRecordFactory.FromException(ex, Port));
                return;
            }

            var info = new EmulatorInfo(emulator, scenarioPath);
            EmulatorRegistry.Add(info);
            WriteVerbose("Bedrock emulator listening on " + info.EndpointUrl + " (" + info.Region + ").");
            WriteObject(info);
            if (!Wait.IsPresent) return;

            WriteInformation(new HostInformationMessage
            {
                Message = "Bedrock emulator listening on " + info.EndpointUrl + " (region " + info.Region + ", access key id " + info.AccessKeyId +
                          "; the emulator's published test keys are in Get-Help Start-BedrockEmulator). Press Ctrl+C to stop.",
            },
                new[] { "PSHOST" });
            try
            {
                // Wakes on Ctrl+C (StopProcessing) or when someone else stops this emulator.
                while (!_stopped.Wait(500) && emulator.IsRunning)
                {
                }
            }
            finally
            {
                EmulatorRegistry.Remove(info);
                emulator.Stop();
            }
        }

        private void AddModelAvailability(EmulatorOptions options)
        {
            if (ModelAvailability == null) return;
            foreach (System.Collections.DictionaryEntry entry in ModelAvailability)
            {
                string modelId = LanguagePrimitives.ConvertTo<string>(entry.Key);
                string conditions = string.Join(",", LanguagePrimitives.ConvertTo<string[]>(entry.Value) ?? Array.Empty<string>());
                try
                {
                    options.ModelAvailability[modelId] = Emulator.ModelAvailability.Parse(conditions);
                }
                catch (FormatException ex)
                {
                    ThrowTerminatingError(ErrorRecordFactory.InvalidInput(ex.Message, ModelAvailability));
                }
            }
        }

        /// <inheritdoc/>
        protected override void StopProcessing()
        {
            // Runs on another thread and may come after the pipeline ended and disposed the event.
            try { _stopped.Set(); }
            catch (ObjectDisposedException) { }
        }

        /// <summary>PowerShell disposes the cmdlet however its pipeline ends; the stop event goes with it.</summary>
        public void Dispose()
        {
            _stopped.Dispose();
        }
    }
}
