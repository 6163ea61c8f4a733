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

        /// <summary>Creates a set of defaults; blank strings count as not set and the metadata is copied.</summary>
        /// <param name="structuredOutput">The schema every answer must follow, or null.</param>
        /// <param name="serviceTier">Service tier (priority, default, flex, reserved), or null.</param>
        /// <param name="latency">standard or optimized, or null.</param>
        /// <param name="effort">Reasoning effort (low, medium, high, ...), or null.</param>
        /// <param name="cacheSystemPrompt">Add a prompt-cache point after the system prompt.</param>
        /// <param name="cacheTools">Add a prompt-cache point after the tool list.</param>
        /// <param name="cacheTtl">Lifetime of those cache points (5m or 1h), or null for the service's default.</param>
        /// <param name="requestMetadata">Invocation-log tags sent with every call, or null; null values become empty strings.</param>
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

        /// <summary>Service tier asked for on every turn (priority, default, flex or reserved); null leaves it to the call.</summary>
        public string? ServiceTier { get; }

        /// <summary>Latency mode asked for on every turn (standard or optimized); null leaves it to the call.</summary>
        public string? Latency { get; }

        /// <summary>Reasoning effort asked for on every turn (low, medium, high, ...); null leaves it to the call.</summary>
        public string? Effort { get; }

        /// <summary>Whether every turn puts a prompt-cache point after the system prompt.</summary>
        public bool CacheSystemPrompt { get; }

        /// <summary>Whether every turn puts a prompt-cache point after the tool list.</summary>
        public bool CacheTools { get; }

        /// <summary>Lifetime of those cache points (5m or 1h); null uses the service's default.</summary>
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
