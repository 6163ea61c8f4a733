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
    /// Ctrl+C (PowerShell.Stop, which calls StopProcessing) during a stream and during a batch. The target is 250 ms,
    /// asserted on the median of several runs; each single run must stay under 2 s, a bound that holds on a loaded
    /// 2-core machine. After the stop, the emulator has nothing left in hand and the session is as it was.
    /// </summary>
    public class CancellationTests
    {
        private const int Runs = 7;
        private static readonly TimeSpan Target = TimeSpan.FromMilliseconds(250);
        private static readonly TimeSpan HardBound = TimeSpan.FromSeconds(2);
        private readonly ITestOutputHelper _output;

        public CancellationTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void Stop_during_a_stream_returns_quickly_and_leaves_the_session_unchanged()
        {
            using var host = new CmdletRunspace(new EmulatorOptions { StreamDelay = TimeSpan.FromMilliseconds(40) });
            string words = string.Join(" ", Enumerable.Range(1, 150).Select(i => "w" + i));
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
                Assert.True(firstDelta.Wait(TimeSpan.FromSeconds(30)), "the stream starts");
                Assert.Equal(1, host.Emulator.InFlightRequestCount);

                TimeSpan stopTime = Measure(ps.Stop);

                times.Add(stopTime);
                Assert.Equal(PSInvocationState.Stopped, ps.InvocationStateInfo.State);
                Assert.Throws<PipelineStoppedException>(() => ps.EndInvoke(running));
                Assert.Equal(0, host.WaitForNoRequestInFlight(TimeSpan.FromSeconds(5)));
                Assert.Equal(1, session.Turns);
                Assert.Equal(2, session.Messages.Count);
                Assert.Equal(tokensBefore, session.TotalTokens);
            }

            Report("stream", times);
            Assert.All(times, t => Assert.True(t < HardBound, $"a stop took {t.TotalMilliseconds:F0} ms"));
            Assert.True(Median(times) < Target, $"median stop {Median(times).TotalMilliseconds:F0} ms");
            Assert.Equal(1 + Runs, host.Emulator.RequestCount);
        }

        [Fact]
        public void Stop_during_a_batch_returns_quickly_and_nothing_keeps_running()
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
                Assert.True(firstResult.Wait(TimeSpan.FromSeconds(30)), "the batch starts answering");
                // Rows go out in waves of 8; Ctrl+C comes while one is at the emulator.
                var waiting = Stopwatch.StartNew();
                while (host.Emulator.InFlightRequestCount == 0 && waiting.Elapsed < TimeSpan.FromSeconds(5)) Thread.SpinWait(100);
                Assert.True(host.Emulator.InFlightRequestCount >= 1, "requests are in flight when Ctrl+C comes");

                TimeSpan stopTime = Measure(ps.Stop);

                times.Add(stopTime);
                Assert.Equal(PSInvocationState.Stopped, ps.InvocationStateInfo.State);
                Assert.True(output.Count < 400, "the batch was stopped before the end");
                Assert.Equal(0, host.WaitForNoRequestInFlight(TimeSpan.FromSeconds(5)));
                long settled = host.Emulator.RequestCount;
                Thread.Sleep(400);
                Assert.Equal(settled, host.Emulator.RequestCount);
            }

            Report("batch", times);
            Assert.All(times, t => Assert.True(t < HardBound, $"a stop took {t.TotalMilliseconds:F0} ms"));
            Assert.True(Median(times) < Target, $"median stop {Median(times).TotalMilliseconds:F0} ms");
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
            Assert.True(thirdResult.Wait(TimeSpan.FromSeconds(30)), "the prompts are being answered");

            TimeSpan stopTime = Measure(ps.Stop);

            Assert.True(stopTime < HardBound, $"the stop took {stopTime.TotalMilliseconds:F0} ms");
            Assert.Equal(0, host.WaitForNoRequestInFlight(TimeSpan.FromSeconds(5)));
            // Every turn in the session is whole (question and answer); at most the answer being written when
            // Ctrl+C came is in the session without having reached the output.
            Assert.Equal(2 * session.Turns, session.Messages.Count);
            Assert.InRange(session.Turns, output.Count, output.Count + 1);
            Assert.Equal("turn 1", session.Messages[0].Content[0].Text);
        }

        internal static TimeSpan Measure(Action action)
        {
            var watch = Stopwatch.StartNew();
            action();
            return watch.Elapsed;
        }

        internal static TimeSpan Median(List<TimeSpan> times)
        {
            var sorted = times.OrderBy(t => t).ToList();
            return sorted[sorted.Count / 2];
        }

        private void Report(string what, List<TimeSpan> times)
        {
            // Printed for docs/reliability.md: median and worst of the runs.
            _output.WriteLine($"stop during a {what}: median {Median(times).TotalMilliseconds:F0} ms, max {times.Max().TotalMilliseconds:F0} ms, runs {string.Join(", ", times.Select(t => t.TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))}");
        }
    }
}
