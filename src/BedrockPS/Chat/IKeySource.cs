using System;

namespace BedrockPS.Chat
{
    /// <summary>The keyboard while an answer streams: keys pressed so far, read without echo.</summary>
    internal interface IKeySource : IDisposable
    {
        /// <summary>The next key pressed, if one is waiting; false when none is (or the keyboard went away).</summary>
        bool TryReadKey(out ConsoleKeyInfo key);
    }
}
