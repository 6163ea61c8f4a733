namespace BedrockPS.Core.Conversations.Persistence
{
    /// <summary>
    /// Bounds applied when reading a session file, so a corrupted or hostile file is refused with a clear message
    /// instead of exhausting memory or the stack.
    /// </summary>
    public sealed class SessionFileLimits
    {
        /// <summary>The limits used when a caller gives none: a new instance on each read, so changing one changes nothing for others.</summary>
        public static SessionFileLimits Default => new SessionFileLimits();

        /// <summary>Largest file accepted (default 512 MiB: room for many inline images and documents).</summary>
        public long MaxFileBytes { get; set; } = 512L * 1024 * 1024;

        /// <summary>Deepest JSON nesting accepted (the format itself uses about 8 levels; the rest is tool input).</summary>
        public int MaxDepth { get; set; } = 64;

        /// <summary>Longest single JSON string accepted, in encoded bytes (default 64 MiB: a 45 MiB file as base64).</summary>
        public int MaxStringBytes { get; set; } = 64 * 1024 * 1024;
    }
}
