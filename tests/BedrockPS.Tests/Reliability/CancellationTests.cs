using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Emulator;
using BedrockPS.Tests.Cmdlets;
using Xunit;
using Xunit.Abstractions;

namespace BedrockPS.Tests.Reliability
{
    /// <summary>
    /// Ctrl+C (PowerShell.Stop, which calls StopProcessing) during a stream and during a batch. What is asserted is
    /// behaviour: the stop does not wait for the work (a stalled stream never ends by itself, so Stop returning at all
    /// shows it), the emulator has nothing left in hand, nothing is sent afterwards, and the session is as it was. Waits
    /// are only guards against a hang. How long each stop took is printed for docs/reliability.md, never asserted.
    /// </summary>
    public class CancellationTests
    {
        private const int Runs = 3;
        private const string StallingScenario = "{\"rules\":[{\"prompt\":\"^stall\",\"reply\":\"Echo: {prompt}\",\"fault\":\"stall:3\"}]}";
        private static readonly TimeSpan DoesNotHang = TimeSpan.FromSeconds(30);
        private readonly ITestOutputHelper _output;

        public CancellationTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void Stop_during_a_stream_does_not_wait_for_it_and_leaves_the_session_unchanged()
        {
            using var host = new CmdletRunspace(CmdletRunspace.ScenarioOptions(StallingScenario));
            string words = "stall " + string.Join(" ", Enumerable.Range(1, 150).Select(i => "w" + i));
            host.Run("$s = New-BedrockSession -ModelId $Model; Invoke-BedrockConverse -Message 'first turn' -Session $s @Connection | Out-Null");
            var session = (ChatSession)((PSObject)host.Get("s")!).BaseObject;
            Assert.Equal(1, session.Turns);
            long tokensBefore = session.TotalTokens;

            var times = new List<TimeSpan>();
            for (int run = 0; run < Runs; run++)
            {
                using PowerShell ps = host.Create($"Invoke-BedrockConverse -Message '{words}' -Session $s -Stream @Connection");
                using var firstDelta = new ManualResetEventSlim();
                ps.Streams.Information.DataAdded += (_, _) => firstDelta.Set();
                IAsyncResult running = ps.BeginInvoke();
                Assert.True(firstDelta.Wait(DoesNotHang), "the stream starts");
                Assert.Equal(1, host.Emulator.InFlightRequestCount);

                times.Add(StopGuarded(ps));

                Assert.Equal(PSInvocationState.Stopped, ps.InvocationStateInfo.State);
                Assert.Throws<PipelineStoppedException>(() => ps.EndInvoke(running));
                Assert.Equal(0, host.WaitForNoRequestInFlight(DoesNotHang));
                Assert.Equal(1, session.Turns);
                Assert.Equal(2, session.Messages.Count);
                Assert.Equal(tokensBefore, session.TotalTokens);
            }

            Report(_output, "stream", times);
            Assert.Equal(1 + Runs, host.Emulator.RequestCount);
        }

        [Fact]
        public void Stop_during_a_batch_stops_it_and_nothing_keeps_running()
        {
            using var host = new CmdletRunspace(new EmulatorOptions { Latency = TimeSpan.FromMilliseconds(150) });

            var times = new List<TimeSpan>();
            for (int run = 0; run < Runs; run++)
            {
                using PowerShell ps = host.Create("1..400 | ForEach-Object { \"row $_\" } | Invoke-BedrockConverse -ModelId $Model -ThrottleLimit 8 @Connection");
                var output = new PSDataCollection<PSObject>();
                using var firstResult = new ManualResetEventSlim();
                output.DataAdded += (_, _) => firstResult.Set();
                IAsyncResult running = ps.BeginInvoke<PSObject, PSObject>(null, output);
                Assert.True(firstResult.Wait(DoesNotHang), "the batch starts answering");
                // Rows go out in waves of 8; Ctrl+C comes while one is at the emulator.
                Assert.True(SpinWait.SpinUntil(() => host.Emulator.InFlightRequestCount >= 1, DoesNotHang), "requests are in flight when Ctrl+C comes");

                times.Add(StopGuarded(ps));

                Assert.Equal(PSInvocationState.Stopped, ps.InvocationStateInfo.State);
                Assert.True(output.Count < 400, "the batch was stopped before the end");
                Assert.Equal(0, host.WaitForNoRequestInFlight(DoesNotHang));
                long settled = host.Emulator.RequestCount;
                Thread.Sleep(400);
                Assert.Equal(settled, host.Emulator.RequestCount);
            }

            Report(_output, "batch", times);
        }

        [Fact]
        public void Stop_during_prompts_piped_into_one_session_keeps_only_whole_turns()
        {
            using var host = new CmdletRunspace(new EmulatorOptions { Latency = TimeSpan.FromMilliseconds(120) });
            host.Run("$s = New-BedrockSession -ModelId $Model");
            var session = (ChatSession)((PSObject)host.Get("s")!).BaseObject;
            using PowerShell ps = host.Create("1..50 | ForEach-Object { \"turn $_\" } | Invoke-BedrockConverse -Session $s @Connection");
            var output = new PSDataCollection<PSObject>();
            using var thirdResult = new ManualResetEventSlim();
            output.DataAdded += (_, _) => { if (output.Count >= 3) thirdResult.Set(); };
            ps.BeginInvoke<PSObject, PSObject>(null, output);
            Assert.True(thirdResult.Wait(DoesNotHang), "the prompts are being answered");

            StopGuarded(ps);

            Assert.Equal(PSInvocationState.Stopped, ps.InvocationStateInfo.State);
            Assert.Equal(0, host.WaitForNoRequestInFlight(DoesNotHang));
            // Every turn in the session is whole (question and answer); at most the answer being written when
            // Ctrl+C came is in the session without having reached the output.
            Assert.Equal(2 * session.Turns, session.Messages.Count);
            Assert.InRange(session.Turns, output.Count, output.Count + 1);
            Assert.Equal("turn 1", session.Messages[0].Content[0].Text);
        }

        /// <summary>
        /// Stops the pipeline and returns how long Stop took, for the report only. Stop still running after
        /// <see cref="DoesNotHang"/> fails the test as a hang.
        /// </summary>
        internal static TimeSpan StopGuarded(PowerShell ps)
        {
            var watch = Stopwatch.StartNew();
            Task stop = Task.Run(ps.Stop);
            Assert.True(stop.Wait(DoesNotHang), "Stop hung");
            return watch.Elapsed;
        }

        /// <summary>Prints the stop times (the figures in docs/reliability.md); nothing here is asserted.</summary>
        internal static void Report(ITestOutputHelper output, string what, List<TimeSpan> times)
        {
            var sorted = times.OrderBy(t => t).ToList();
            output.WriteLine($"stop during a {what}: median {sorted[sorted.Count / 2].TotalMilliseconds:F0} ms, max {sorted[sorted.Count - 1].TotalMilliseconds:F0} ms, runs {string.Join(", ", times.Select(t => t.TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))}");
        }
    }
}
