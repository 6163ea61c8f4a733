using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using BedrockPS.Emulator;
using Xunit;

namespace BedrockPS.Tests.Cmdlets
{
    public class ConverseStreamingTests
    {
        [Fact]
        public void Stream_writes_the_first_delta_long_before_the_answer_ends()
        {
            using var host = new CmdletRunspace(new EmulatorOptions { StreamDelay = TimeSpan.FromMilliseconds(100) });
            string words = string.Join(" ", Enumerable.Range(1, 14).Select(i => "w" + i));
            using PowerShell ps = host.Create($"Invoke-BedrockConverse -Message '{words}' -ModelId $Model -Stream @Connection");
            var clock = Stopwatch.StartNew();
            var deltaTimes = new List<TimeSpan>();
            TimeSpan? resultTime = null;
            ps.Streams.Information.DataAdded += (_, e) =>
            {
                var record = ps.Streams.Information[e.Index];
                if (record.Tags.Contains("BedrockPS.Stream") && record.MessageData is HostInformationMessage { NoNewLine: true })
                    lock (deltaTimes) deltaTimes.Add(clock.Elapsed);
            };
            var output = new PSDataCollection<PSObject>();
            output.DataAdded += (_, _) => resultTime ??= clock.Elapsed;

            ps.Invoke(null, output);

            var result = Assert.IsType<ConverseResult>(Assert.Single(output).BaseObject);
            Assert.Equal("Echo: " + words, result.Text);
            Assert.True(deltaTimes.Count >= 10, "every word arrives as its own delta");
            // 15 deltas 100 ms apart: the first is on screen about 1.4 s before the answer is complete.
            Assert.True(resultTime!.Value - deltaTimes[0] > TimeSpan.FromMilliseconds(700),
                $"first delta at {deltaTimes[0].TotalMilliseconds} ms, result at {resultTime.Value.TotalMilliseconds} ms");
        }

        [Fact]
        public void Stopping_the_pipeline_ends_a_stalled_stream_at_once()
        {
            var options = new EmulatorOptions { Faults = new FaultSettings { Kind = FaultKind.StallStream, AfterEvents = 2 } };
            using var host = new CmdletRunspace(options);
            using PowerShell ps = host.Create("Invoke-BedrockConverse -Message 'one two three four five six' -ModelId $Model -Stream @Connection");
            using var firstDelta = new ManualResetEventSlim();
            ps.Streams.Information.DataAdded += (_, _) => firstDelta.Set();

            IAsyncResult running = ps.BeginInvoke();
            Assert.True(firstDelta.Wait(TimeSpan.FromSeconds(30)), "the stream starts");
            var watch = Stopwatch.StartNew();
            ps.Stop();

            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), "Ctrl+C does not wait for the stalled stream");
            Assert.Equal(PSInvocationState.Stopped, ps.InvocationStateInfo.State);
            Assert.Throws<PipelineStoppedException>(() => ps.EndInvoke(running));
        }

        [Fact]
        public void Stream_and_plain_calls_give_the_same_result()
        {
            using var host = new CmdletRunspace();
            using PowerShell ps = host.Create(
                "$a = Invoke-BedrockConverse -Message 'same answer please' -ModelId $Model @Connection; " +
                "$b = Invoke-BedrockConverse -Message 'same answer please' -ModelId $Model -Stream @Connection -InformationAction Ignore; " +
                "$a, $b");

            var results = ps.Invoke().Select(o => (ConverseResult)o.BaseObject).ToList();

            Assert.Equal(results[0].Text, results[1].Text);
            Assert.Equal(results[0].StopReason, results[1].StopReason);
            Assert.Equal(results[0].InputTokens, results[1].InputTokens);
            Assert.Equal(results[0].OutputTokens, results[1].OutputTokens);
            Assert.Equal(results[0].Message!.Content.Count, results[1].Message!.Content.Count);
        }
    }
}
