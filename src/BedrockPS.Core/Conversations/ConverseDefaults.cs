using System;
using System.Collections.Generic;
using BedrockPS.Core.StructuredOutput;

namespace BedrockPS.Core.Conversations
{
    /// <summary>
    /// Request settings a session applies to every turn unless the call gives its own: the answer's schema, service
    /// tier, latency, effort, cache points and request metadata. Immutable, so a session can hand it out as it is.
    /// </summary>
    public sealed class ConverseDefaults
    {
        /// <summary>No defaults: every setting comes from the call (or the configuration).</summary>
        public static readonly ConverseDefaults None = new ConverseDefaults(null, null, null, null, false, false, null, null);

        public ConverseDefaults(
            StructuredOutputSpec? structuredOutput,
            string? serviceTier,
            string? latency,
            string? effort,
            bool cacheSystemPrompt,
            bool cacheTools,
            string? cacheTtl,
            IReadOnlyDictionary<string, string>? requestMetadata)
        {
            StructuredOutput = structuredOutput;
            ServiceTier = Blank(serviceTier);
            Latency = Blank(latency);
            Effort = Blank(effort);
            CacheSystemPrompt = cacheSystemPrompt;
            CacheTools = cacheTools;
            CacheTtl = Blank(cacheTtl);
            if (requestMetadata != null && requestMetadata.Count > 0)
            {
                // A private copy: the caller's dictionary may change later.
                RequestMetadata = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (KeyValuePair<string, string> pair in requestMetadata) ((Dictionary<string, string>)RequestMetadata)[pair.Key] = pair.Value ?? string.Empty;
            }
        }

        /// <summary>The schema every answer must follow, or null.</summary>
        public StructuredOutputSpec? StructuredOutput { get; }

        public string? ServiceTier { get; }

        public string? Latency { get; }

        public string? Effort { get; }

        public bool CacheSystemPrompt { get; }

        public bool CacheTools { get; }

        public string? CacheTtl { get; }

        /// <summary>Pairs recorded with every call of the session; a call's own pairs replace these by key.</summary>
        public IReadOnlyDictionary<string, string>? RequestMetadata { get; }

        /// <summary>True when no setting is given (such a session writes no defaults to its file).</summary>
        public bool IsEmpty =>
            StructuredOutput == null && ServiceTier == null && Latency == null && Effort == null && !CacheSystemPrompt && !CacheTools &&
            CacheTtl == null && RequestMetadata == null;

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }
}
