using System;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using BedrockPS.Emulator;
using Xunit;

namespace BedrockPS.Tests.Cmdlets
{
    /// <summary>
    /// However a pipeline of prompts ends (all rows done, a downstream Select-Object -First, a terminating error,
    /// Ctrl+C), nothing is sent after the end: the emulator's request counter stands still once the rows that were on the
    /// wire have arrived. Half of the requests are throttled, so a row left running would keep retrying.
    /// </summary>
    public class PipelineEndTests
    {
        private static EmulatorOptions ThrottledHalfTheTime() => new EmulatorOptions
        {
            Latency = TimeSpan.FromMilliseconds(30),
            Faults = new FaultSettings { Kind = FaultKind.Throttling, Probability = 0.5, Seed = 7 },
        };

        [Fact]
        public void Select_first_three_of_a_thousand_rows_stops_every_row_in_flight()
        {
            using var host = new CmdletRunspace(ThrottledHalfTheTime());
            using PowerShell ps = host.Create(
                "1..1000 | ForEach-Object { \"question $_\" } | Invoke-BedrockConverse -ModelId $Model -ThrottleLimit 8 @Connection -ErrorAction SilentlyContinue | Select-Object -First 3");

            var output = ps.Invoke();

            Assert.Equal(3, output.Count);
            AssertNothingSentAfterTheEnd(host.Emulator, maximum: 1000);
        }

        [Fact]
        public void A_terminating_error_stops_every_row_in_flight()
        {
            using var host = new CmdletRunspace(ThrottledHalfTheTime());
            // Row 40 is empty: refused locally, and -ErrorAction Stop makes that refusal end the pipeline.
            using PowerShell ps = host.Create(
                "1..400 | ForEach-Object { if ($_ -eq 40) { ' ' } else { \"question $_\" } } | Invoke-BedrockConverse -ModelId $Model -ThrottleLimit 8 @Connection -ErrorAction Stop");

            Assert.ThrowsAny<RuntimeException>(() => ps.Invoke());

            AssertNothingSentAfterTheEnd(host.Emulator, maximum: 400);
        }

        [Fact]
        public void Ctrl_c_stops_every_row_in_flight()
        {
            using var host = new CmdletRunspace(ThrottledHalfTheTime());
            using PowerShell ps = host.Create(
                "1..1000 | ForEach-Object { \"question $_\" } | Invoke-BedrockConverse -ModelId $Model -ThrottleLimit 8 @Connection -ErrorAction SilentlyContinue");
            var output = new PSDataCollection<PSObject>();
            using var fiveAnswers = new ManualResetEventSlim();
            output.DataAdded += (_, _) => { if (output.Count >= 5) fiveAnswers.Set(); };

            IAsyncResult running = ps.BeginInvoke<PSObject, PSObject>(null, output);
            Assert.True(fiveAnswers.Wait(TimeSpan.FromSeconds(60)), "No answers arrived.");
            ps.Stop();
            Assert.Throws<PipelineStoppedException>(() => ps.EndInvoke(running));

            AssertNothingSentAfterTheEnd(host.Emulator, maximum: 1000);
        }

        [Fact]
        public void A_finished_pipeline_leaves_nothing_running()
        {
            using var host = new CmdletRunspace(ThrottledHalfTheTime());
            using PowerShell ps = host.Create(
                "1..30 | ForEach-Object { \"question $_\" } | Invoke-BedrockConverse -ModelId $Model -ThrottleLimit 8 @Connection -ErrorAction Continue");

            var output = ps.Invoke();

            Assert.Equal(30, output.Count + ps.Streams.Error.Count);
            AssertNothingSentAfterTheEnd(host.Emulator, maximum: 30 * 3);
        }

        /// <summary>
        /// Waits for the requests that were already on the wire to be answered, then checks that no new request arrives
        /// during the time a retrying row would need for several more attempts.
        /// </summary>
        private static void AssertNothingSentAfterTheEnd(BedrockEmulator emulator, long maximum)
        {
            var settle = System.Diagnostics.Stopwatch.StartNew();
            Thread.Sleep(200);
            while (emulator.InFlightRequestCount > 0 && settle.Elapsed < TimeSpan.FromSeconds(10)) Thread.Sleep(20);
            Assert.Equal(0, emulator.InFlightRequestCount);
            long atTheEnd = emulator.RequestCount;

            Thread.Sleep(1500);

            Assert.Equal(atTheEnd, emulator.RequestCount);
            Assert.InRange(atTheEnd, 1, maximum);
        }
    }
}
