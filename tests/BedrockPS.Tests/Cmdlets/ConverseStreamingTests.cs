using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Emulator;
using Xunit;

namespace BedrockPS.Tests.Cmdlets
{
    public class ConverseStreamingTests
    {
        private static readonly TimeSpan DoesNotHang = TimeSpan.FromSeconds(30);

        private static bool IsDelta(InformationRecord record) =>
            record.Tags.Contains("BedrockPS.Stream") && record.MessageData is HostInformationMessage { NoNewLine: true };

        [Fact]
        public void Stream_writes_each_delta_before_the_result()
        {
            using var host = new CmdletRunspace();
            string words = string.Join(" ", Enumerable.Range(1, 14).Select(i => "w" + i));
            using PowerShell ps = host.Create($"Invoke-BedrockConverse -Message '{words}' -ModelId $Model -Stream @Connection");
            // One record of what reached the pipeline, in the order it arrived.
            var arrivals = new List<string>();
            ps.Streams.Information.DataAdded += (_, e) =>
            {
                if (IsDelta(ps.Streams.Information[e.Index])) lock (arrivals) arrivals.Add("delta");
            };
            var output = new PSDataCollection<PSObject>();
            output.DataAdded += (_, _) => { lock (arrivals) arrivals.Add("result"); };

            ps.Invoke(null, output);

            var result = Assert.IsType<ConverseResult>(Assert.Single(output).BaseObject);
            Assert.Equal("Echo: " + words, result.Text);
            Assert.True(arrivals.Count(a => a == "delta") >= 10, "every word arrives as its own delta");
            Assert.Equal("result", arrivals.Last());
            Assert.Equal(1, arrivals.Count(a => a == "result"));
        }

        [Fact]
        public void Stream_shows_deltas_while_the_answer_is_still_coming()
        {
            // The emulator sends two deltas and then holds the rest until the client goes away: whatever is on screen
            // by then was written before any result could exist.
            var options = new EmulatorOptions { Faults = new FaultSettings { Kind = FaultKind.StallStream, AfterEvents = 2 } };
            using var host = new CmdletRunspace(options);
            using PowerShell ps = host.Create("Invoke-BedrockConverse -Message 'one two three four five six' -ModelId $Model -Stream @Connection");
            using var twoDeltas = new ManualResetEventSlim();
            var deltas = new List<string>();
            ps.Streams.Information.DataAdded += (_, e) =>
            {
                InformationRecord record = ps.Streams.Information[e.Index];
                if (!IsDelta(record)) return;
                lock (deltas)
                {
                    deltas.Add(((HostInformationMessage)record.MessageData).Message);
                    if (deltas.Count >= 2) twoDeltas.Set();
                }
            };
            var output = new PSDataCollection<PSObject>();

            IAsyncResult running = ps.BeginInvoke<PSObject, PSObject>(null, output);
            Assert.True(twoDeltas.Wait(DoesNotHang), "the stream starts");

            // Count, not enumeration: enumerating an open output collection blocks until the pipeline ends.
            Assert.True(output.Count == 0, "no result while the answer is still coming");
            Assert.Equal(1, host.Emulator.InFlightRequestCount);
            lock (deltas) Assert.Equal("Echo: one", string.Concat(deltas));
            ps.Stop();
            Assert.True(running.IsCompleted);
            Assert.Equal(PSInvocationState.Stopped, ps.InvocationStateInfo.State);
        }

        [Fact]
        public async Task Stopping_the_pipeline_ends_a_stalled_stream_and_its_request()
        {
            var options = new EmulatorOptions { Faults = new FaultSettings { Kind = FaultKind.StallStream, AfterEvents = 2 } };
            using var host = new CmdletRunspace(options);
            using PowerShell ps = host.Create("Invoke-BedrockConverse -Message 'one two three four five six' -ModelId $Model -Stream @Connection");
            using var firstDelta = new ManualResetEventSlim();
            ps.Streams.Information.DataAdded += (_, _) => firstDelta.Set();

            IAsyncResult running = ps.BeginInvoke();
            Assert.True(firstDelta.Wait(DoesNotHang), "the stream starts");
            // The stalled stream never ends by itself, so Stop returning at all shows it did not wait for it.
            Task stop = Task.Run(ps.Stop);
            Assert.True(stop == await Task.WhenAny(stop, Task.Delay(DoesNotHang)), "Ctrl+C waited for the stalled stream");

            Assert.Equal(PSInvocationState.Stopped, ps.InvocationStateInfo.State);
            Assert.Throws<PipelineStoppedException>(() => ps.EndInvoke(running));
            // The cancellation reached the emulator: it has the stalled request no longer in hand.
            Assert.Equal(0, host.WaitForNoRequestInFlight(DoesNotHang));
            Assert.Equal(1, host.Emulator.RequestCount);
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
