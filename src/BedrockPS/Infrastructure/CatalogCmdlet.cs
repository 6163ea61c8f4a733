using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace BedrockPS.Infrastructure
{
    /// <summary>
    /// Base of the catalog cmdlets (models, inference profiles): no id lists everything, an id with wildcards filters
    /// the list locally, an exact id is fetched on its own. The list is fetched once per pipeline, whatever the ids.
    /// Generic over the entry type so that no Core type appears in this public base (PowerShell inspects it before
    /// the module's load context exists).
    /// </summary>
    public abstract class CatalogCmdlet : BedrockCmdlet
    {
        // Only the module's own cmdlets derive from it; it is public because they are.
        private protected CatalogCmdlet()
        {
        }

        /// <param name="ids">The ids asked for (null or empty: all).</param>
        /// <param name="list">Fetches the whole (service-filtered) list; called at most once per pipeline by the caller's cache.</param>
        /// <param name="get">Fetches one entry by exact id.</param>
        /// <param name="idOf">The id a wildcard is matched against.</param>
        /// <param name="matches">The cmdlet's other filters, for an entry fetched by id.</param>
        /// <param name="toOutput">The output record of an entry.</param>
        private protected void WriteCatalogEntries<T>(
            string[]? ids,
            Func<object?, IReadOnlyList<T>> list,
            Func<string, T> get,
            Func<T, string?> idOf,
            Func<T, bool> matches,
            Func<T, object> toOutput)
        {
            if (ids == null || ids.Length == 0)
            {
                foreach (T entry in list(null)) WriteObject(toOutput(entry));
                return;
            }

            foreach (string id in ids)
            {
                if (string.IsNullOrWhiteSpace(id)) continue;
                try
                {
                    if (WildcardPattern.ContainsWildcardCharacters(id))
                    {
                        var pattern = new WildcardPattern(id, WildcardOptions.IgnoreCase);
                        foreach (T entry in list(id).Where(e => pattern.IsMatch(idOf(e) ?? string.Empty))) WriteObject(toOutput(entry));
                    }
                    else
                    {
                        T entry = get(id.Trim());
                        if (matches(entry)) WriteObject(toOutput(entry));
                    }
                }
                catch (Exception ex) when (!IsStop(ex))
                {
                    WriteMappedError(ex, id);
                }
            }
        }
    }
}
