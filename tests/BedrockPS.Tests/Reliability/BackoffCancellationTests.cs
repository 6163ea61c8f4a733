using System;
using System.Collections.Generic;
using System.Diagnostics;
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
    /// Ctrl+C while a call waits between retries (backoffs grow up to 20 s): the wait ends at once and no further
    /// attempt is sent. Needs Set-BedrockConfiguration -MaxAttempts, hence the process-wide collection.
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
        public void Stop_during_a_retry_backoff_returns_quickly_and_sends_no_more_attempts()
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
                    var started = Stopwatch.StartNew();
                    while (host.Emulator.RequestCount < before + 3 && started.Elapsed < TimeSpan.FromSeconds(30)) Thread.Sleep(5);
                    Assert.True(host.Emulator.RequestCount >= before + 3, "the call is retrying");

                    times.Add(CancellationTests.Measure(ps.Stop));

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

            _output.WriteLine($"stop during a retry backoff: median {CancellationTests.Median(times).TotalMilliseconds:F0} ms, max {times.Max().TotalMilliseconds:F0} ms, runs {string.Join(", ", times.Select(t => t.TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))}");
            Assert.All(times, t => Assert.True(t < TimeSpan.FromSeconds(2), $"a stop took {t.TotalMilliseconds:F0} ms"));
            Assert.True(CancellationTests.Median(times) < TimeSpan.FromMilliseconds(250), $"median stop {CancellationTests.Median(times).TotalMilliseconds:F0} ms");
        }
    }
}
