using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using BedrockPS.Configuration;
using BedrockPS.Infrastructure;

namespace BedrockPS.Completion
{
    /// <summary>
    /// Completes -ModelId from the live catalog (foundation models and inference profiles) of the configuration
    /// the command would use. It only suggests: any id may still be typed.
    /// </summary>
    public sealed class ModelIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var results = new List<CompletionResult>();
            IReadOnlyList<CatalogEntry> entries;
            try
            {
                entries = ModelCatalogCache.Get(ClientProvider.GetService(ParametersFrom(fakeBoundParameters)));
            }
            catch (Exception)
            {
                return results;
            }
            string prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
            var pattern = new WildcardPattern(prefix + "*", WildcardOptions.IgnoreCase);
            foreach (CatalogEntry entry in entries)
            {
                bool matches = pattern.IsMatch(entry.Id)
                    || entry.Id.IndexOf(prefix, StringComparison.OrdinalIgnoreCase) >= 0;
                if (!matches) continue;
                results.Add(new CompletionResult(entry.Id, entry.Id, CompletionResultType.ParameterValue,
                    string.IsNullOrEmpty(entry.Description) ? entry.Id : entry.Description));
            }
            return results;
        }

        private static ConnectionParameters ParametersFrom(IDictionary bound)
        {
            var parameters = new ConnectionParameters();
            if (bound == null) return parameters;
            if (bound["Region"] is string region) parameters.Region = region;
            if (bound["ProfileName"] is string profile) parameters.ProfileName = profile;
            if (bound["EndpointUrl"] is string endpoint && Uri.TryCreate(endpoint, UriKind.Absolute, out Uri? uri)) parameters.EndpointUrl = uri;
            return parameters;
        }
    }
}
