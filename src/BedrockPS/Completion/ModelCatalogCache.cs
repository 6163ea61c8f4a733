using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core;
using BedrockPS.Core.Models;

namespace BedrockPS.Completion
{
    /// <summary>
    /// The model ids and inference profile ids of the live catalog, kept per client for the PowerShell session so
    /// tab completion stays instant. A tab press waits only briefly for a fetch: a slow fetch goes on in the
    /// background and fills the cache for the next press. A failure (offline, no credentials) yields what was
    /// known before (usually nothing), never an error, and is remembered briefly so an offline machine does not
    /// try again on every tab.
    /// </summary>
    internal static class ModelCatalogCache
    {
        /// <summary>How long a tab press waits for a fetch in progress.</summary>
        public static readonly TimeSpan CompletionWait = TimeSpan.FromSeconds(1);

        private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
        private static readonly TimeSpan FailureBackOff = TimeSpan.FromSeconds(30);
        // A background fetch may outlive the tab press by far, but not forever.
        private static readonly TimeSpan FetchLimit = TimeSpan.FromSeconds(30);
        // Weak keys: a client forgotten by ClientProvider takes its catalog with it.
        private static readonly ConditionalWeakTable<IBedrockService, CatalogState> States = new ConditionalWeakTable<IBedrockService, CatalogState>();

        /// <summary>
        /// The entries known for this client, after waiting at most <paramref name="wait"/> for a fetch that is
        /// running or that this call starts (when none is cached, the cached one is old, or a failure's back-off
        /// has passed).
        /// </summary>
        public static IReadOnlyList<CatalogEntry> Get(IBedrockService service, TimeSpan wait)
        {
            CatalogState state = States.GetValue(service, _ => new CatalogState());
            Task? pending;
            lock (state.Gate)
            {
                if (state.Pending == null && DateTime.UtcNow >= state.RefreshAfter)
                {
                    state.Pending = Task.Run(() => FetchAsync(service, state));
                }
                pending = state.Pending;
            }
            if (pending != null && wait > TimeSpan.Zero)
            {
                // FetchAsync never faults; the wait only bounds how long this tab press takes.
                pending.Wait(wait);
            }
            lock (state.Gate)
            {
                return state.Items;
            }
        }

        private static async Task FetchAsync(IBedrockService service, CatalogState state)
        {
            var items = new List<CatalogEntry>();
            int succeeded = 0;
            try
            {
                using (var limit = new CancellationTokenSource(FetchLimit))
                {
                    Task<List<CatalogEntry>?> profiles = TryListProfilesAsync(service, limit.Token);
                    Task<List<CatalogEntry>?> models = TryListModelsAsync(service, limit.Token);
                    foreach (List<CatalogEntry>? part in await Task.WhenAll(profiles, models).ConfigureAwait(false))
                    {
                        if (part == null) continue;
                        items.AddRange(part);
                        succeeded++;
                    }
                }
            }
            finally
            {
                // Always settles the state, so a fetch that went wrong in any way never blocks the next one.
                lock (state.Gate)
                {
                    if (succeeded > 0)
                    {
                        state.Items = items.OrderBy(i => i.Id, StringComparer.OrdinalIgnoreCase).ToList();
                    }
                    // Half a catalog is worth showing, but is fetched again as soon as a failure would be.
                    state.RefreshAfter = DateTime.UtcNow + (succeeded == 2 ? Lifetime : FailureBackOff);
                    state.Pending = null;
                }
            }
        }

        private static async Task<List<CatalogEntry>?> TryListProfilesAsync(IBedrockService service, CancellationToken cancellationToken)
        {
            try
            {
                IReadOnlyList<InferenceProfileSummary> profiles = await service.ListInferenceProfilesAsync(null, cancellationToken).ConfigureAwait(false);
                return profiles.Where(p => !string.IsNullOrEmpty(p.InferenceProfileId))
                    .Select(p => new CatalogEntry(p.InferenceProfileId!, p.InferenceProfileName ?? p.InferenceProfileId!, null))
                    .ToList();
            }
            catch (Exception)
            {
                // Completion offers what it has; errors are for real calls to report.
                return null;
            }
        }

        private static async Task<List<CatalogEntry>?> TryListModelsAsync(IBedrockService service, CancellationToken cancellationToken)
        {
            try
            {
                IReadOnlyList<FoundationModelSummary> models = await service.ListFoundationModelsAsync(null, cancellationToken).ConfigureAwait(false);
                return models.Where(m => !string.IsNullOrEmpty(m.ModelId))
                    .Select(m => new CatalogEntry(m.ModelId!, (m.ProviderName + " " + m.ModelName).Trim(), m.ProviderName))
                    .ToList();
            }
            catch (Exception)
            {
                return null;
            }
        }
    }
}
