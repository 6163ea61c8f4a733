using System;
using System.Management.Automation.Host;

namespace BedrockPS.Tests.Sessions
{
    /// <summary>A screen without a keyboard: fixed size, no keys ever available.</summary>
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

        public override bool KeyAvailable => false;

        public override string WindowTitle { get; set; } = "";

        public override KeyInfo ReadKey(ReadKeyOptions options) => throw new NotSupportedException();

        public override void FlushInputBuffer()
        {
        }

        public override void SetBufferContents(Coordinates origin, BufferCell[,] contents) => throw new NotSupportedException();

        public override void SetBufferContents(Rectangle rectangle, BufferCell fill) => throw new NotSupportedException();

        public override BufferCell[,] GetBufferContents(Rectangle rectangle) => throw new NotSupportedException();

        public override void ScrollBufferContents(Rectangle source, Coordinates destination, Rectangle clip, BufferCell fill) => throw new NotSupportedException();
    }
}
