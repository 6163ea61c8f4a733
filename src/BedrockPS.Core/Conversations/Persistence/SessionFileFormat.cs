namespace BedrockPS.Core.Conversations.Persistence
{
    /// <summary>
    /// Names of the session file format. Version 1:
    /// <code>
    /// { "formatVersion": 1, "savedAt": "2026-01-01T00:00:00Z", "modelId": "...", "system": "...",
    ///   "inferenceConfig": { wire InferenceConfiguration }, "tools": [ { "name", "description", "inputSchema", "command" } ],
    ///   "turns": 3, "usage": { "inputTokens", "outputTokens", "totalTokens", "cacheReadInputTokens", "cacheWriteInputTokens" },
    ///   "messages": [ wire Message, ... ] }
    /// </code>
    /// Messages use the Converse wire shape (binary as base64), so every content block survives as the service sent it.
    /// </summary>
    internal static class SessionFileFormat
    {
        internal const int CurrentVersion = 1;
        internal const string FormatVersion = "formatVersion";
        internal const string SavedAt = "savedAt";
        internal const string ModelId = "modelId";
        internal const string System = "system";
        internal const string InferenceConfig = "inferenceConfig";
        internal const string Tools = "tools";
        internal const string ToolName = "name";
        internal const string ToolDescription = "description";
        internal const string ToolInputSchema = "inputSchema";
        internal const string ToolCommand = "command";
        internal const string Turns = "turns";
        internal const string Usage = "usage";
        internal const string InputTokens = "inputTokens";
        internal const string OutputTokens = "outputTokens";
        internal const string TotalTokens = "totalTokens";
        internal const string CacheReadInputTokens = "cacheReadInputTokens";
        internal const string CacheWriteInputTokens = "cacheWriteInputTokens";
        internal const string Messages = "messages";
    }
}
