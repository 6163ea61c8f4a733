using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Chat;
using BedrockPS.Infrastructure;
using BedrockPS.Tests.Cmdlets;
using Xunit;

namespace BedrockPS.Tests.Sessions
{
    /// <summary>
    /// Esc (or Ctrl+C at the console) stops the answer in flight, not the chat: the key watcher feeds the pump's
    /// cancellation, the stopped answer is not kept, what was typed meanwhile becomes the next prompt, and the emulator
    /// sees the stopped request go away.
    /// </summary>
    public class ChatStopKeyTests
    {
        private static readonly TimeSpan DoesNotHang = TimeSpan.FromSeconds(30);

        [Fact]
        public void Esc_stops_a_stalled_answer_keeps_the_chat_and_the_keys_typed_meanwhile()
        {
            var host = new ScriptedHost("stall here please");
            // The answer stalls after its first deltas until the client goes away: only the key can end it.
            using var powerShell = new CmdletRunspace(CmdletRunspace.ScenarioOptions("{\"rules\":[{\"prompt\":\"^stall\",\"reply\":\"Streaming slowly now and then more\",\"fault\":\"stall:2\"}]}"), host);
            powerShell.UseApiKeyConnection();
            using PowerShell chat = powerShell.Create($"Enter-BedrockChat -ModelId {CmdletRunspace.Model} -PassThru @Connection");
            var output = new PSDataCollection<PSObject>();

            IAsyncResult running = chat.BeginInvoke<PSObject, PSObject>(null, output);
            Assert.True(SpinWait.SpinUntil(() => host.Ui.Screen.Contains("Streaming", StringComparison.Ordinal), DoesNotHang), "the answer never started: " + host.Ui.Screen);
            Assert.Equal(1, powerShell.Emulator.InFlightRequestCount);
            host.Ui.Raw.Press("calm quesx\btion\n", ScriptedRawUserInterface.Escape);
            Assert.True(running.AsyncWaitHandle.WaitOne(DoesNotHang), "the chat did not go on after Esc: " + host.Ui.Screen);
            chat.EndInvoke(running);

            Assert.Empty(chat.Streams.Error);
            string screen = host.Ui.Screen;
            Assert.Contains("[answer stopped; it was not kept]", screen);
            Assert.True(screen.Contains("you> calm question\n", StringComparison.Ordinal), screen);
            Assert.Contains("Echo: calm question", screen);
            ChatSession session = Assert.IsType<ChatSession>(Assert.Single(output).BaseObject);
            Assert.Equal(1, session.Turns);
            Assert.Equal(new[] { "calm question", "Echo: calm question" }, session.Messages.Select(m => m.Content[0].Text));
            Assert.Equal(2, powerShell.Emulator.RequestCount);
            // The cancellation reached the emulator: the stalled request is no longer in its hands.
            Assert.Equal(0, powerShell.WaitForNoRequestInFlight(DoesNotHang));
        }

        [Fact]
        public void Stopping_the_pipeline_during_an_answer_ends_the_chat_and_the_request()
        {
            var host = new ScriptedHost("stall here please", "never asked");
            using var powerShell = new CmdletRunspace(CmdletRunspace.ScenarioOptions("{\"rules\":[{\"prompt\":\"^stall\",\"reply\":\"Streaming slowly now and then more\",\"fault\":\"stall:2\"}]}"), host);
            powerShell.UseApiKeyConnection();
            using PowerShell chat = powerShell.Create($"Enter-BedrockChat -ModelId {CmdletRunspace.Model} @Connection");

            IAsyncResult running = chat.BeginInvoke();
            Assert.True(SpinWait.SpinUntil(() => host.Ui.Screen.Contains("Streaming", StringComparison.Ordinal), DoesNotHang), "the answer never started: " + host.Ui.Screen);
            chat.Stop();

            Assert.Equal(PSInvocationState.Stopped, chat.InvocationStateInfo.State);
            Assert.Throws<PipelineStoppedException>(() => chat.EndInvoke(running));
            Assert.DoesNotContain("never asked", host.Ui.Screen, StringComparison.Ordinal);
            Assert.Equal(1, powerShell.Emulator.RequestCount);
            Assert.Equal(0, powerShell.WaitForNoRequestInFlight(DoesNotHang));
        }

        [Fact]
        public void The_watcher_reads_keys_on_the_pumping_thread_and_cancels_on_esc()
        {
            var keys = new QueuedKeys();
            using var pump = new PipelinePump();
            using var watcher = new CancelKeyWatcher(keys, pump);
            int pumpingThread = Environment.CurrentManagedThreadId;
            keys.Press("ab\nc", ConsoleKey.Backspace);
            keys.Press("d", ConsoleKey.Escape);

            Assert.ThrowsAny<OperationCanceledException>(() =>
                pump.Run(ct => Task.Delay(Timeout.Infinite, watcher.Token), new CancellationTokenSource(DoesNotHang).Token));

            Assert.True(watcher.CancelRequested);
            Assert.Equal("ab\nd", watcher.TypedAhead);
            Assert.All(keys.ReadOnThreads, thread => Assert.Equal(pumpingThread, thread));
        }

        /// <summary>A keyboard the test presses; records the threads that read it.</summary>
        private sealed class QueuedKeys : IKeySource
        {
            private readonly Queue<ConsoleKeyInfo> pressed = new Queue<ConsoleKeyInfo>();

            public List<int> ReadOnThreads { get; } = new List<int>();

            public void Press(string text, ConsoleKey last)
            {
                lock (pressed)
                {
                    foreach (char c in text)
                        pressed.Enqueue(c == '\n' ? new ConsoleKeyInfo('\r', ConsoleKey.Enter, false, false, false) : new ConsoleKeyInfo(c, ConsoleKey.A, false, false, false));
                    pressed.Enqueue(new ConsoleKeyInfo(last == ConsoleKey.Escape ? '\u001b' : '\b', last, false, false, false));
                }
            }

            public bool TryReadKey(out ConsoleKeyInfo key)
            {
                lock (pressed)
                {
                    ReadOnThreads.Add(Environment.CurrentManagedThreadId);
                    return pressed.TryDequeue(out key);
                }
            }

            public void Dispose()
            {
            }
        }
    }
}
