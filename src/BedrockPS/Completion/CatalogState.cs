using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace BedrockPS.Completion
{
    /// <summary>
    /// What completion knows about one client's catalog: the last entries fetched, when to fetch again, and the
    /// fetch in progress (if any). Guarded by its own lock; the cache holds one per client.
    /// </summary>
    internal sealed class CatalogState
    {
        public object Gate { get; } = new object();

        /// <summary>The last entries fetched (empty until a fetch succeeds); kept while a refresh runs or fails.</summary>
        public IReadOnlyList<CatalogEntry> Items { get; set; } = Array.Empty<CatalogEntry>();

        /// <summary>No fetch starts before this time: the end of a good catalog's lifetime, or of a failure's back-off.</summary>
        public DateTime RefreshAfter { get; set; } = DateTime.MinValue;

        /// <summary>The fetch running in the background, or null.</summary>
        public Task? Pending { get; set; }
    }
}
