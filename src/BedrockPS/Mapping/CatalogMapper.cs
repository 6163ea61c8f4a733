using System.Collections.Generic;
using System.Linq;
using BedrockPS.Core.Models;

namespace BedrockPS.Mapping
{
    /// <summary>Turns control-plane summaries into the immutable records the catalog cmdlets write.</summary>
    internal static class CatalogMapper
    {
        public static ModelInfo ToModelInfo(FoundationModelSummary model)
        {
            return new ModelInfo(
                model.ModelId ?? string.Empty,
                model.ModelName,
                model.ProviderName,
                model.ModelArn,
                ReadOnly(model.InputModalities),
                ReadOnly(model.OutputModalities),
                model.ResponseStreamingSupported,
                ReadOnly(model.InferenceTypesSupported),
                ReadOnly(model.CustomizationsSupported),
                model.ModelLifecycle?.Status,
                model.ModelLifecycle?.StartOfLifeTime,
                model.ModelLifecycle?.LegacyTime,
                model.ModelLifecycle?.PublicExtendedAccessTime,
                model.ModelLifecycle?.EndOfLifeTime);
        }

        public static InferenceProfileInfo ToInferenceProfileInfo(InferenceProfileSummary profile, IReadOnlyList<ResourceTag>? tags = null)
        {
            var tagTable = new Dictionary<string, string>(System.StringComparer.Ordinal);
            foreach (ResourceTag tag in tags ?? new List<ResourceTag>())
            {
                if (tag.Key != null) tagTable[tag.Key] = tag.Value ?? string.Empty;
            }
            return new InferenceProfileInfo(
                profile.InferenceProfileId ?? string.Empty,
                profile.InferenceProfileName,
                profile.InferenceProfileArn,
                profile.Type,
                profile.Status,
                profile.Description,
                (profile.Models ?? new List<InferenceProfileModel>()).Select(m => m.ModelArn ?? string.Empty).ToList().AsReadOnly(),
                new System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(tagTable),
                profile.CreatedAt);
        }

        private static IReadOnlyList<string> ReadOnly(List<string>? values)
        {
            return (values ?? new List<string>()).ToList().AsReadOnly();
        }
    }
}
