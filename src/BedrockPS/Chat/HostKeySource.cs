using System;
using System.Management.Automation;
using System.Management.Automation.Host;

namespace BedrockPS.Chat
{
    /// <summary>
    /// Keys from a host other than the console, through its raw user interface (read on the pipeline thread, where host
    /// calls belong). Such a host keeps Ctrl+C for itself, so there Esc stops an answer. A host whose raw interface
    /// cannot report keys gives no source, and its answers stop only with the host's own Ctrl+C.
    /// </summary>
    internal sealed class HostKeySource : IKeySource
    {
        private readonly PSHostRawUserInterface raw;
        private bool broken;

        private HostKeySource(PSHostRawUserInterface raw)
        {
            this.raw = raw;
        }

        internal static HostKeySource? TryStart(PSHost host)
        {
            PSHostRawUserInterface? raw = host.UI?.RawUI;
            if (raw == null) return null;
            try
            {
                _ = raw.KeyAvailable;
                return new HostKeySource(raw);
            }
            catch (Exception ex) when (IsUnsupported(ex))
            {
                return null;
            }
        }

        public bool TryReadKey(out ConsoleKeyInfo key)
        {
            key = default;
            if (broken) return false;
            try
            {
                if (!raw.KeyAvailable) return false;
                KeyInfo info = raw.ReadKey(ReadKeyOptions.NoEcho | ReadKeyOptions.IncludeKeyDown);
                ControlKeyStates state = info.ControlKeyState;
                key = new ConsoleKeyInfo(info.Character, (ConsoleKey)info.VirtualKeyCode,
                    (state & ControlKeyStates.ShiftPressed) != 0,
                    (state & (ControlKeyStates.LeftAltPressed | ControlKeyStates.RightAltPressed)) != 0,
                    (state & (ControlKeyStates.LeftCtrlPressed | ControlKeyStates.RightCtrlPressed)) != 0);
                return true;
            }
            catch (Exception ex) when (IsUnsupported(ex))
            {
                // Stop asking a keyboard that cannot answer.
                broken = true;
                return false;
            }
        }

        public void Dispose()
        {
        }

        private static bool IsUnsupported(Exception ex) =>
            ex is NotImplementedException || ex is NotSupportedException || ex is PSNotImplementedException || ex is HostException
            || ex is InvalidOperationException || ex is System.IO.IOException;
    }
}
