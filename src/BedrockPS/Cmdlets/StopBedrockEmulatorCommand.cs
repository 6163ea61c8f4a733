using System.Linq;
using System.Management.Automation;
using BedrockPS.Emulators;

namespace BedrockPS.Cmdlets
{
    /// <summary>Stops emulators started with Start-BedrockEmulator: the ones piped in, the one on -Port, or all.</summary>
    [Cmdlet(VerbsLifecycle.Stop, "BedrockEmulator", DefaultParameterSetName = AllSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(void))]
    public sealed class StopBedrockEmulatorCommand : PSCmdlet
    {
        private const string AllSet = "All";
        private const string InputSet = "InputObject";
        private const string PortSet = "Port";

        /// <summary>Emulators to stop, from Start-BedrockEmulator or Get-BedrockEmulator.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = InputSet)]
        public EmulatorInfo[]? InputObject { get; set; }

        /// <summary>Ports of the emulators to stop.</summary>
        [Parameter(Mandatory = true, ParameterSetName = PortSet)]
        public int[]? Port { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            var targets = ParameterSetName == InputSet ? InputObject!.ToList()
                : ParameterSetName == PortSet ? EmulatorRegistry.Snapshot().Where(e => Port!.Contains(e.Port)).ToList()
                : EmulatorRegistry.Snapshot().ToList();
            if (ParameterSetName == PortSet)
            {
                foreach (int missing in Port!.Where(p => targets.All(t => t.Port != p)))
                {
                    WriteError(Infrastructure.ErrorRecordFactory.FromException(
                        new Infrastructure.LocalInputException("BedrockPS.EmulatorNotFound", ErrorCategory.ObjectNotFound,
                            "No emulator started in this session listens on port " + missing + "; see Get-BedrockEmulator."), missing));
                }
            }
            foreach (EmulatorInfo emulator in targets)
            {
                if (!ShouldProcess(emulator.EndpointUrl, "Stop Bedrock emulator")) continue;
                emulator.Emulator.Stop();
                EmulatorRegistry.Remove(emulator);
                WriteVerbose("Stopped the Bedrock emulator on " + emulator.EndpointUrl + " after " + emulator.RequestCount + " requests.");
            }
        }
    }
}
