using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core;
using BedrockPS.Core.Models;

namespace BedrockPS.Completion
{
    /// <summary>
    /// The model ids and inference profile ids of the live catalog, fetched once per client and kept for a few
    /// minutes so tab completion stays instant. A failure (offline, no credentials) yields nothing, never an error.
    /// </summary>
    internal static class ModelCatalogCache
    {
        private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
        private static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(5);
        private static readonly object Gate = new object();
        private static readonly Dictionary<IBedrockService, Entry> Entries = new Dictionary<IBedrockService, Entry>();

        public static IReadOnlyList<CatalogEntry> Get(IBedrockService service)
        {
            lock (Gate)
            {
                if (Entries.TryGetValue(service, out Entry? cached) && DateTime.UtcNow - cached.FetchedAt < Lifetime) return cached.Items;
            }
            IReadOnlyList<CatalogEntry> items = Fetch(service);
            lock (Gate)
            {
                Entries[service] = new Entry(items, DateTime.UtcNow);
            }
            return items;
        }

        private static IReadOnlyList<CatalogEntry> Fetch(IBedrockService service)
        {
            using (var timeout = new CancellationTokenSource(FetchTimeout))
            {
                var items = new List<CatalogEntry>();
                try
                {
                    Task<IReadOnlyList<FoundationModelSummary>> models = Task.Run(() => service.ListFoundationModelsAsync(null, timeout.Token));
                    Task<IReadOnlyList<InferenceProfileSummary>> profiles = Task.Run(() => service.ListInferenceProfilesAsync(null, timeout.Token));
                    Task.WaitAll(new Task[] { models, profiles }, FetchTimeout);
                    if (profiles.Status == TaskStatus.RanToCompletion)
                    {
                        items.AddRange(profiles.Result.Where(p => !string.IsNullOrEmpty(p.InferenceProfileId))
                            .Select(p => new CatalogEntry(p.InferenceProfileId!, p.InferenceProfileName ?? p.InferenceProfileId!)));
                    }
                    if (models.Status == TaskStatus.RanToCompletion)
                    {
                        items.AddRange(models.Result.Where(m => !string.IsNullOrEmpty(m.ModelId))
                            .Select(m => new CatalogEntry(m.ModelId!, (m.ProviderName + " " + m.ModelName).Trim())));
                    }
                }
                catch (AggregateException)
                {
                    // Completion offers what it has; errors are for real calls to report.
                }
                return items.OrderBy(i => i.Id, StringComparer.OrdinalIgnoreCase).ToList();
            }
        }

        private sealed class Entry
        {
            public Entry(IReadOnlyList<CatalogEntry> items, DateTime fetchedAt)
            {
                Items = items;
                FetchedAt = fetchedAt;
            }

            public IReadOnlyList<CatalogEntry> Items { get; }

            public DateTime FetchedAt { get; }
        }
    }
}
