using System;
using System.Collections.Generic;
using System.Linq;

namespace BedrockPS.Emulator.Catalog
{
    /// <summary>
    /// What the emulated account may use: the per-model availability from the options, and the older
    /// enabled / disabled lists, which mean NOT_AUTHORIZED for the models they exclude.
    /// </summary>
    internal sealed class AvailabilityTable
    {
        private readonly Dictionary<string, ModelAvailability> _byModel;
        private readonly HashSet<string>? _enabled;
        private readonly HashSet<string> _disabled;

        public AvailabilityTable(IDictionary<string, ModelAvailability>? byModel, IEnumerable<string>? enabledModels, IEnumerable<string>? disabledModels)
        {
            _byModel = new Dictionary<string, ModelAvailability>(byModel ?? new Dictionary<string, ModelAvailability>(), StringComparer.Ordinal);
            _enabled = enabledModels == null ? null : new HashSet<string>(enabledModels, StringComparer.Ordinal);
            _disabled = new HashSet<string>(disabledModels ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
        }

        public ModelAvailability For(string modelId)
        {
            _byModel.TryGetValue(modelId, out ModelAvailability? configured);
            bool excluded = _disabled.Contains(modelId) || (_enabled != null && !_enabled.Contains(modelId));
            var result = new ModelAvailability
            {
                AgreementStatus = configured?.AgreementStatus ?? "AVAILABLE",
                AgreementErrorMessage = configured?.AgreementErrorMessage,
                AuthorizationStatus = excluded ? "NOT_AUTHORIZED" : configured?.AuthorizationStatus ?? "AUTHORIZED",
                EntitlementAvailability = configured?.EntitlementAvailability ?? "AVAILABLE",
                RegionAvailability = configured?.RegionAvailability ?? "AVAILABLE",
            };
            return result;
        }
    }
}
