using System;
using System.Collections;
using System.Collections.Generic;
using BedrockPS.Infrastructure;

namespace BedrockPS.Completion
{
    /// <summary>
    /// The catalog a completer should offer: the one of the client the command would use, given the
    /// connection parameters already typed on the line (-Region, -ProfileName, -EndpointUrl) over the
    /// session defaults.
    /// </summary>
    internal static class CompletionConnection
    {
        /// <summary>The catalog entries, or none when no client can be made (no region, bad settings).</summary>
        public static IReadOnlyList<CatalogEntry> Entries(IDictionary? fakeBoundParameters)
        {
            try
            {
                return ModelCatalogCache.Get(ClientProvider.GetService(ParametersFrom(fakeBoundParameters)), ModelCatalogCache.CompletionWait);
            }
            catch (Exception)
            {
                // A tab press never shows an error; the real call reports the configuration problem.
                return Array.Empty<CatalogEntry>();
            }
        }

        private static ConnectionParameters ParametersFrom(IDictionary? bound)
        {
            var parameters = new ConnectionParameters();
            if (bound == null) return parameters;
            if (bound["Region"] is string region && region.Length > 0) parameters.Region = region;
            if (bound["ProfileName"] is string profile && profile.Length > 0) parameters.ProfileName = profile;
            object? endpoint = bound["EndpointUrl"];
            if (endpoint is Uri uri) parameters.EndpointUrl = uri;
            else if (endpoint is string text && Uri.TryCreate(text, UriKind.Absolute, out Uri? parsed)) parameters.EndpointUrl = parsed;
            return parameters;
        }
    }
}
