using System;
using System.Collections.Concurrent;
using System.Management.Automation.Host;

namespace BedrockPS.Tests.Sessions
{
    /// <summary>A fixed-size screen whose keyboard is a queue the test fills (empty: no key ever pressed).</summary>
    internal sealed class ScriptedRawUserInterface : PSHostRawUserInterface
    {
        public override ConsoleColor ForegroundColor { get; set; } = ConsoleColor.Gray;

        public override ConsoleColor BackgroundColor { get; set; } = ConsoleColor.Black;

        public override Coordinates CursorPosition { get; set; }

        public override Coordinates WindowPosition { get; set; }

        public override int CursorSize { get; set; }

        public override Size BufferSize { get; set; } = new Size(120, 50);

        public override Size WindowSize { get; set; } = new Size(120, 50);

        public override Size MaxWindowSize => new Size(120, 50);

        public override Size MaxPhysicalWindowSize => new Size(120, 50);

        /// <summary>Keys "pressed", read by ReadKey in order.</summary>
        public ConcurrentQueue<KeyInfo> Keys { get; } = new ConcurrentQueue<KeyInfo>();

        public override bool KeyAvailable => !Keys.IsEmpty;

        public override string WindowTitle { get; set; } = "";

        public override KeyInfo ReadKey(ReadKeyOptions options) =>
            Keys.TryDequeue(out KeyInfo key) ? key : throw new NotSupportedException("The test pressed no more keys.");

        /// <summary>Presses the keys of <paramref name="text"/> ('\n' is Enter), then <paramref name="last"/> if given.</summary>
        public void Press(string text, KeyInfo? last = null)
        {
            foreach (char c in text)
            {
                Keys.Enqueue(c == '\n' ? new KeyInfo(13, '\r', 0, true) : new KeyInfo(char.ToUpperInvariant(c), c, 0, true));
            }
            if (last.HasValue) Keys.Enqueue(last.Value);
        }

        public static KeyInfo Escape => new KeyInfo(27, '\u001b', 0, true);

        public override void FlushInputBuffer()
        {
        }

        public override void SetBufferContents(Coordinates origin, BufferCell[,] contents) => throw new NotSupportedException();

        public override void SetBufferContents(Rectangle rectangle, BufferCell fill) => throw new NotSupportedException();

        public override BufferCell[,] GetBufferContents(Rectangle rectangle) => throw new NotSupportedException();

        public override void ScrollBufferContents(Rectangle source, Coordinates destination, Rectangle clip, BufferCell fill) => throw new NotSupportedException();
    }
}
