using System.Linq;
using System.Management.Automation;
using System.Text;
using Xunit;

namespace BedrockPS.Tests.Cmdlets
{
    public class SecretHygieneTests
    {
        private static string Everything(PowerShell ps, PSDataCollection<PSObject>? output = null)
        {
            var text = new StringBuilder();
            foreach (var record in ps.Streams.Verbose) text.AppendLine(record.Message);
            foreach (var record in ps.Streams.Debug) text.AppendLine(record.Message);
            foreach (var record in ps.Streams.Warning) text.AppendLine(record.Message);
            foreach (var record in ps.Streams.Information) text.AppendLine(record.MessageData?.ToString());
            foreach (var record in ps.Streams.Error)
            {
                text.AppendLine(record.ToString()).AppendLine(record.Exception.ToString()).AppendLine(record.ErrorDetails?.Message);
            }
            foreach (var item in output ?? new PSDataCollection<PSObject>()) text.AppendLine(item?.ToString());
            return text.ToString();
        }

        [Fact]
        public void Verbose_debug_and_errors_never_show_the_api_key_or_secret_key()
        {
            using var host = new CmdletRunspace();
            string apiKey = host.Emulator.ApiKey;
            string secret = host.Emulator.SecretAccessKey;
            using PowerShell ps = host.Create(
                "$key = ConvertTo-SecureString $ApiKeyText -AsPlainText -Force; " +
                "$wrongKey = ConvertTo-SecureString 'bedrock-api-key-wrong-0123456789' -AsPlainText -Force; " +
                "Invoke-BedrockConverse 'with a key' -ModelId $Model -ApiKey $key -EndpointUrl $Connection.EndpointUrl -Region us-east-1 -Verbose -Debug; " +
                "Invoke-BedrockConverse 'signed' -ModelId $Model @Connection -Verbose -Debug -Stream; " +
                "Invoke-BedrockConverse 'rejected' -ModelId $Model -ApiKey $wrongKey -EndpointUrl $Connection.EndpointUrl -Region us-east-1 -Verbose; " +
                "Set-BedrockConfiguration -WhatIf -ApiKey $key -Credential $Connection.Credential -Verbose");
            ps.Runspace.SessionStateProxy.SetVariable("ApiKeyText", apiKey);
            ps.Runspace.SessionStateProxy.SetVariable("DebugPreference", "Continue");
            var output = new PSDataCollection<PSObject>();

            ps.Invoke(null, output);

            Assert.Equal(2, output.Count(o => o.BaseObject is ConverseResult));
            ErrorRecord rejected = Assert.Single(ps.Streams.Error);
            Assert.Equal("BedrockPS.UnrecognizedClient,BedrockPS.Cmdlets.InvokeBedrockConverseCommand", rejected.FullyQualifiedErrorId);
            string everything = Everything(ps, output);
            Assert.Contains("request id", everything);
            Assert.DoesNotContain(apiKey, everything);
            Assert.DoesNotContain(secret, everything);
            Assert.DoesNotContain("bedrock-api-key-wrong-0123456789", everything);
        }
    }
}
