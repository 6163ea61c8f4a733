using System.Management.Automation;
using BedrockPS.Configuration;

namespace BedrockPS.Cmdlets
{
    /// <summary>Shows the session defaults set with Set-BedrockConfiguration, never their secrets.</summary>
    [Cmdlet(VerbsCommon.Get, "BedrockConfiguration")]
    [OutputType(typeof(BedrockConfiguration))]
    public sealed class GetBedrockConfigurationCommand : PSCmdlet
    {
        /// <inheritdoc/>
        protected override void EndProcessing()
        {
            WriteObject(ConfigurationView.Create(ConfigurationRegistry.Current));
        }
    }
}
