using System;

namespace BedrockPS.Core.Conversations.Persistence
{
    /// <summary>A session file that cannot be read: corrupted, truncated, of another version, or beyond the limits.</summary>
    public sealed class SessionFileException : Exception
    {
        /// <summary>Creates the exception; the message names the file when there is one.</summary>
        /// <param name="path">The file read, or null when reading bytes.</param>
        /// <param name="reason">What is wrong, as the end of a sentence.</param>
        /// <param name="innerException">The failure that revealed the problem, if any.</param>
        public SessionFileException(string? path, string reason, Exception? innerException = null)
            : base(BuildMessage(path, reason), innerException)
        {
            Path = path;
            Reason = reason;
        }

        /// <summary>The file that was read, when reading from a file.</summary>
        public string? Path { get; }

        /// <summary>What is wrong, without the file name.</summary>
        public string Reason { get; }

        private static string BuildMessage(string? path, string reason)
        {
            return path == null
                ? $"The session data is not a valid BedrockPS session: {reason}"
                : $"The file '{path}' is not a valid BedrockPS session file: {reason}";
        }
    }
}
