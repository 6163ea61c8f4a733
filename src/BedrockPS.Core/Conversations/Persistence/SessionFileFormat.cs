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
    /// Version 2 adds the session's request defaults; a file is written as version 2 only when it has some, so a
    /// module that cannot apply them refuses the file instead of silently dropping them:
    /// <code>
    /// "defaults": { "jsonSchema": { schema as given }, "schemaName", "schemaDescription", "structuredOutputMode",
    ///   "serviceTier", "latency", "effort", "cacheSystemPrompt": true, "cacheTools": false, "cacheTtl",
    ///   "requestMetadata": { "key": "value" } }
    /// </code>
    /// </summary>
    internal static class SessionFileFormat
    {
        internal const int CurrentVersion = 2;
        internal const int VersionWithoutDefaults = 1;
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
        internal const string Defaults = "defaults";
        internal const string JsonSchema = "jsonSchema";
        internal const string SchemaName = "schemaName";
        internal const string SchemaDescription = "schemaDescription";
        internal const string StructuredOutputMode = "structuredOutputMode";
        internal const string ServiceTier = "serviceTier";
        internal const string Latency = "latency";
        internal const string Effort = "effort";
        internal const string CacheSystemPrompt = "cacheSystemPrompt";
        internal const string CacheTools = "cacheTools";
        internal const string CacheTtl = "cacheTtl";
        internal const string RequestMetadata = "requestMetadata";
    }
}
