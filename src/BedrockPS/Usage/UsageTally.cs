using System;
using System.Collections.Generic;
using System.Linq;

namespace BedrockPS.Usage
{
    /// <summary>
    /// Calls and tokens per model for the life of the process (one PowerShell session). One lock guards the table and
    /// readers get immutable copies, so concurrent batch calls can record while someone reads.
    /// </summary>
    internal static class UsageTally
    {
        private static readonly object Gate = new object();
        private static readonly Dictionary<string, ModelUsage> ByModel = new Dictionary<string, ModelUsage>(StringComparer.Ordinal);

        /// <summary>Counts one successful call.</summary>
        public static void Record(string modelId, int inputTokens, int outputTokens, int cacheRead, int cacheWrite)
        {
            Record(modelId, inputTokens, outputTokens, cacheRead, cacheWrite, calls: 1);
        }

        /// <summary>Counts several calls at once, e.g. every round of a tool-using conversation with its summed tokens.</summary>
        public static void Record(string modelId, long inputTokens, long outputTokens, long cacheRead, long cacheWrite, int calls)
        {
            Record(modelId, null, inputTokens, outputTokens, cacheRead, cacheWrite, calls);
        }

        /// <summary>Counts calls served by one service tier (null when the service did not say), kept apart per tier.</summary>
        public static void Record(string modelId, string? serviceTier, long inputTokens, long outputTokens, long cacheRead, long cacheWrite, int calls)
        {
            if (string.IsNullOrEmpty(modelId))
            {
                throw new ArgumentException("A model id is required to record usage.", nameof(modelId));
            }

            if (calls < 0 || inputTokens < 0 || outputTokens < 0 || cacheRead < 0 || cacheWrite < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(calls), "Usage counts cannot be negative.");
            }

            string tier = string.IsNullOrEmpty(serviceTier) ? string.Empty : serviceTier!.ToLowerInvariant();
            string key = modelId + "\n" + tier;
            lock (Gate)
            {
                ModelUsage current = ByModel.TryGetValue(key, out ModelUsage? existing)
                    ? existing
                    : new ModelUsage(modelId, 0, 0, 0, 0, 0, tier.Length == 0 ? null : tier);
                ByModel[key] = current.Add(calls, inputTokens, outputTokens, cacheRead, cacheWrite);
            }
        }

        /// <summary>A copy of the tally, ordered by model id.</summary>
        public static IReadOnlyList<ModelUsage> Snapshot()
        {
            lock (Gate)
            {
                return ByModel.Values.OrderBy(u => u.ModelId, StringComparer.Ordinal).ThenBy(u => u.ServiceTier ?? string.Empty, StringComparer.Ordinal).ToList();
            }
        }

        /// <summary>Forgets everything recorded so far.</summary>
        public static void Reset()
        {
            lock (Gate)
            {
                ByModel.Clear();
            }
        }
    }
}
