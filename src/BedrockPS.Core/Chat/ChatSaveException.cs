using System;

namespace BedrockPS.Core.Chat
{
    /// <summary>A chat's /save could not write its file; <see cref="Exception.InnerException"/> says why.</summary>
    public sealed class ChatSaveException : Exception
    {
        /// <param name="path">The full path that could not be written.</param>
        /// <param name="inner">Why the write failed.</param>
        public ChatSaveException(string path, Exception inner)
            : base(inner?.Message, inner)
        {
            Path = path;
        }

        /// <summary>The full path that could not be written.</summary>
        public string Path { get; }
    }
}
