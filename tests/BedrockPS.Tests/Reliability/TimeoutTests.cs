using System;
using System.Management.Automation;
using BedrockPS.Core;
using BedrockPS.Emulator;
using BedrockPS.Tests.Cmdlets;
using Xunit;

namespace BedrockPS.Tests.Reliability
{
    /// <summary>
    /// The timeout a user configures (Set-BedrockConfiguration -TimeoutSec) bounds every wait: a stream that goes
    /// silent and an answer whose headers never come. The error names the configured timeout (the built-in defaults
    /// are 90 s of stream silence and 5 minutes per attempt), so that is what proves the setting works; the run itself
    /// is only guarded against a hang.
    /// </summary>
    [Collection(ProcessWideConfiguration.Name)]
    public class TimeoutTests
    {
        private const string Prompt = "one two three four five six seven eight nine ten eleven twelve";
        private static readonly TimeSpan DoesNotHang = TimeSpan.FromSeconds(25);

        private static ScriptOutcome RunWithTimeout(CmdletRunspace host, int timeoutSec, string script)
        {
            return host.Run($"Set-BedrockConfiguration -TimeoutSec {timeoutSec}; try {{ {script} }} finally {{ Set-BedrockConfiguration -Reset }}", DoesNotHang);
        }

        [Fact]
        public void Stalled_stream_ends_after_the_configured_timeout_with_the_partial_text()
        {
            using var host = new CmdletRunspace(new EmulatorOptions { Faults = new FaultSettings { Kind = FaultKind.StallStream, AfterEvents = 3 } });

            ScriptOutcome outcome = RunWithTimeout(host, 2, $"Invoke-BedrockConverse -Message '{Prompt}' -ModelId $Model -Stream @Connection");

            ErrorRecord error = outcome.SingleModuleError("BedrockPS.StreamInterrupted");
            Assert.Equal("Echo: one two", ((BedrockServiceException)error.Exception).PartialText);
            Assert.Contains("No data arrived on the stream for 2 s.", error.Exception.ToString(), StringComparison.Ordinal);
            Assert.Equal(1, host.Emulator.RequestCount);
            // The emulator's stalled handler notices the client left and frees the connection.
            Assert.Equal(0, host.WaitForNoRequestInFlight(TimeSpan.FromSeconds(10)));
        }

        [Fact]
        public void Answer_that_never_starts_times_out_per_attempt()
        {
            using var host = new CmdletRunspace(new EmulatorOptions { Latency = TimeSpan.FromSeconds(60) });

            ScriptOutcome outcome = RunWithTimeout(host, 1, "Invoke-BedrockConverse -Message 'hello' -ModelId $Model @Connection");

            ErrorRecord error = outcome.SingleModuleError("BedrockPS.RequestTimeout");
            Assert.Contains("did not answer within 1 s.", error.Exception.ToString(), StringComparison.Ordinal);
            Assert.Equal(3, ((BedrockServiceException)error.Exception).Attempts);
            Assert.Equal(3, host.Emulator.RequestCount);
        }
    }
}
