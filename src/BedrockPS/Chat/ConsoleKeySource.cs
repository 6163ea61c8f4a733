using System;
using System.IO;

namespace BedrockPS.Chat
{
    /// <summary>
    /// Keys from the real console. The console host turns Ctrl+C into a signal that stops the whole pipeline, and the
    /// host API offers no way to intercept it; so while an answer streams, Ctrl+C is switched to plain input
    /// (Console.TreatControlCAsInput) and read as a key. This is the one place the module touches System.Console, and
    /// only under the console host with a real keyboard.
    /// </summary>
    internal sealed class ConsoleKeySource : IKeySource
    {
        private readonly bool previousTreatControlCAsInput;

        private ConsoleKeySource(bool previousTreatControlCAsInput)
        {
            this.previousTreatControlCAsInput = previousTreatControlCAsInput;
        }

        /// <summary>A source for an interactive console; null when input is redirected or the console is not usable.</summary>
        internal static ConsoleKeySource? TryStart()
        {
            try
            {
                if (Console.IsInputRedirected) return null;
                bool previous = Console.TreatControlCAsInput;
                Console.TreatControlCAsInput = true;
                return new ConsoleKeySource(previous);
            }
            catch (Exception ex) when (ex is IOException || ex is InvalidOperationException || ex is PlatformNotSupportedException)
            {
                return null;
            }
        }

        public bool TryReadKey(out ConsoleKeyInfo key)
        {
            key = default;
            try
            {
                if (!Console.KeyAvailable) return false;
                key = Console.ReadKey(intercept: true);
                return true;
            }
            catch (Exception ex) when (ex is IOException || ex is InvalidOperationException)
            {
                return false;
            }
        }

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
