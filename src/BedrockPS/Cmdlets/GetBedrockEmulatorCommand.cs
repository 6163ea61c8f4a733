using System.Management.Automation;
using BedrockPS.Emulators;

namespace BedrockPS.Cmdlets
{
    /// <summary>Lists the emulators started in this PowerShell session that are still registered.</summary>
    [Cmdlet(VerbsCommon.Get, "BedrockEmulator")]
    [OutputType(typeof(EmulatorInfo))]
    public sealed class GetBedrockEmulatorCommand : PSCmdlet
    {
        /// <inheritdoc/>
        protected override void EndProcessing()
        {
            foreach (EmulatorInfo emulator in EmulatorRegistry.Snapshot()) WriteObject(emulator);
        }
    }
}
