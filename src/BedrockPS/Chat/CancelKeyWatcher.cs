using System;
using System.IO;
using System.Management.Automation.Host;
using System.Text;

namespace BedrockPS.Chat
{
    /// <summary>
    /// Lets Ctrl+C (or Esc) stop the answer being streamed without ending the chat. The console host turns Ctrl+C
    /// into a signal that stops the whole pipeline, and the host API offers no way to intercept it; so while an answer
    /// streams, Ctrl+C is switched to plain input (Console.TreatControlCAsInput) and read as a key here. This is the
    /// one place the module touches System.Console, and only under the real console host with a real keyboard;
    /// anywhere else (redirected input, other hosts) it does nothing and Ctrl+C keeps its usual meaning.
    /// </summary>
    internal sealed class CancelKeyWatcher : IDisposable
    {
        private readonly bool previousTreatControlCAsInput;
        private readonly StringBuilder typedAhead = new StringBuilder();

        private CancelKeyWatcher(bool previousTreatControlCAsInput)
        {
            this.previousTreatControlCAsInput = previousTreatControlCAsInput;
        }

        internal static CancelKeyWatcher? TryStart(PSHost host)
        {
            if (!string.Equals(host.Name, "ConsoleHost", StringComparison.Ordinal))
            {
                return null;
            }

            try
            {
                if (Console.IsInputRedirected)
                {
                    return null;
                }

                bool previous = Console.TreatControlCAsInput;
                Console.TreatControlCAsInput = true;
                return new CancelKeyWatcher(previous);
            }
            catch (Exception ex) when (ex is IOException || ex is InvalidOperationException || ex is PlatformNotSupportedException)
            {
                return null;
            }
        }

        /// <summary>
        /// Reads the keys typed so far; true when one of them was Ctrl+C or Esc. Other keys are kept as typed-ahead
        /// text (Enter ends a line, Backspace removes a character) so nothing typed during an answer is lost.
        /// </summary>
        internal bool CancelRequested()
        {
            try
            {
                bool cancel = false;
                while (Console.KeyAvailable)
                {
                    ConsoleKeyInfo key = Console.ReadKey(intercept: true);
                    bool controlC = key.KeyChar == '\u0003' || (key.Key == ConsoleKey.C && (key.Modifiers & ConsoleModifiers.Control) != 0);
                    if (controlC || key.Key == ConsoleKey.Escape)
                    {
                        cancel = true;
                    }
                    else if (key.Key == ConsoleKey.Enter)
                    {
                        typedAhead.Append('\n');
                    }
                    else if (key.Key == ConsoleKey.Backspace)
                    {
                        if (typedAhead.Length > 0 && typedAhead[typedAhead.Length - 1] != '\n')
                        {
                            typedAhead.Length--;
                        }
                    }
                    else if (!char.IsControl(key.KeyChar))
                    {
                        typedAhead.Append(key.KeyChar);
                    }
                }

                return cancel;
            }
            catch (Exception ex) when (ex is IOException || ex is InvalidOperationException)
            {
                return false;
            }
        }

        /// <summary>What was typed while the answer streamed; lines end with '\n', the last one may be unfinished.</summary>
        internal string TypedAhead => typedAhead.ToString();

        public void Dispose()
        {
            try
            {
                Console.TreatControlCAsInput = previousTreatControlCAsInput;
            }
            catch (Exception ex) when (ex is IOException || ex is InvalidOperationException || ex is PlatformNotSupportedException)
            {
                // The console went away; nothing to restore.
            }
        }
    }
}
