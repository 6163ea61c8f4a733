using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using BedrockPS.Emulator;
using BedrockPS.Tests.Cmdlets;
using Xunit;
using Xunit.Abstractions;

namespace BedrockPS.Tests.Reliability
{
    /// <summary>
    /// Ctrl+C while a call waits between retries (backoffs grow up to 20 s): the pipeline stops and no further attempt
    /// is sent. Waits are only guards against a hang; how long each stop took is printed for docs/reliability.md,
    /// never asserted. Needs Set-BedrockConfiguration -MaxAttempts, hence the process-wide collection.
    /// </summary>
    [Collection(ProcessWideConfiguration.Name)]
    public class BackoffCancellationTests
    {
        private readonly ITestOutputHelper _output;

        public BackoffCancellationTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void Stop_during_a_retry_backoff_stops_and_sends_no_more_attempts()
        {
            using var host = new CmdletRunspace(new EmulatorOptions { Faults = new FaultSettings { Kind = FaultKind.Throttling } });
            host.Run("Set-BedrockConfiguration -MaxAttempts 20");
            var times = new List<TimeSpan>();
            try
            {
                for (int run = 0; run < 5; run++)
                {
                    using PowerShell ps = host.Create("Invoke-BedrockConverse -Message 'wait for me' -ModelId $Model @Connection");
                    long before = host.Emulator.RequestCount;
                    IAsyncResult running = ps.BeginInvoke();
                    Assert.True(SpinWait.SpinUntil(() => host.Emulator.RequestCount >= before + 3, TimeSpan.FromSeconds(30)), "the call is retrying");

                    times.Add(CancellationTests.StopGuarded(ps));

                    Assert.Equal(PSInvocationState.Stopped, ps.InvocationStateInfo.State);
                    long settled = host.Emulator.RequestCount;
                    Thread.Sleep(1000);
                    Assert.Equal(settled, host.Emulator.RequestCount);
                }
            }
            finally
            {
                host.Run("Set-BedrockConfiguration -Reset");
            }

            CancellationTests.Report(_output, "retry backoff", times);
        }
    }
}
