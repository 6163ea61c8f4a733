using System;
using System.Management.Automation.Host;
using System.Text;
using System.Threading;
using BedrockPS.Infrastructure;

namespace BedrockPS.Chat
{
    /// <summary>
    /// Lets Ctrl+C (or Esc) stop the answer being streamed without ending the chat. It is a source of cancellation for
    /// the pump, not a loop of its own: a timer posts a look at the keyboard to the pump, which runs it on the pipeline
    /// thread between the answer's own posts; a cancel key cancels <see cref="Token"/>. Other keys are kept as typed-ahead
    /// text (Enter ends a line, Backspace removes a character) so nothing typed during an answer is lost.
    /// </summary>
    internal sealed class CancelKeyWatcher : IDisposable
    {
        private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(15);

        private readonly IKeySource keys;
        private readonly PipelinePump pump;
        private readonly CancellationTokenSource cancel = new CancellationTokenSource();
        private readonly StringBuilder typedAhead = new StringBuilder();
        private readonly Timer timer;
        private int lookQueued;
        private bool disposed;

        internal CancelKeyWatcher(IKeySource keys, PipelinePump pump)
        {
            this.keys = keys ?? throw new ArgumentNullException(nameof(keys));
            this.pump = pump ?? throw new ArgumentNullException(nameof(pump));
            timer = new Timer(_ => QueueLook(), null, PollInterval, PollInterval);
        }

        /// <summary>
        /// Watches the console host's keyboard (Ctrl+C and Esc), or another host's raw keyboard (Esc; Ctrl+C stays the host's).
        /// Null when there is no keyboard to watch (redirected input, a host without keys).
        /// </summary>
        internal static CancelKeyWatcher? TryStart(PSHost host, PipelinePump pump)
        {
            IKeySource? keys = string.Equals(host.Name, "ConsoleHost", StringComparison.Ordinal)
                ? ConsoleKeySource.TryStart()
                : HostKeySource.TryStart(host);
            return keys == null ? null : new CancelKeyWatcher(keys, pump);
        }

        /// <summary>Cancelled when the user pressed a cancel key.</summary>
        internal CancellationToken Token => cancel.Token;

        internal bool CancelRequested => cancel.IsCancellationRequested;

        /// <summary>What was typed while the answer streamed; lines end with '\n', the last one may be unfinished.</summary>
        internal string TypedAhead => typedAhead.ToString();

        /// <summary>Reads the keys pressed so far. Runs on the pipeline thread (posted through the pump).</summary>
        internal void Look()
        {
            if (disposed) return;
            while (keys.TryReadKey(out ConsoleKeyInfo key))
            {
                bool controlC = key.KeyChar == '\u0003' || (key.Key == ConsoleKey.C && (key.Modifiers & ConsoleModifiers.Control) != 0);
                if (controlC || key.Key == ConsoleKey.Escape)
                {
                    cancel.Cancel();
                }
                else if (key.Key == ConsoleKey.Enter)
                {
                    typedAhead.Append('\n');
                }
                else if (key.Key == ConsoleKey.Backspace)
                {
                    if (typedAhead.Length > 0 && typedAhead[typedAhead.Length - 1] != '\n') typedAhead.Length--;
                }
                else if (!char.IsControl(key.KeyChar))
                {
                    typedAhead.Append(key.KeyChar);
                }
            }
        }

        public void Dispose()
        {
            if (disposed) return;
            disposed = true;
            timer.Dispose();
            keys.Dispose();
            cancel.Dispose();
        }

        private void QueueLook()
        {
            // One look waiting at a time: a pipeline thread busy with a tool does not come back to a pile of them.
            if (Interlocked.CompareExchange(ref lookQueued, 1, 0) != 0) return;
            pump.Post(() =>
            {
                Interlocked.Exchange(ref lookQueued, 0);
                Look();
            });
        }
    }
}
