using System;
using System.Linq;
using BedrockPS.Emulator.Catalog;

namespace BedrockPS.Emulator.Batch
{
    /// <summary>
    /// Which catalog models take batch inference jobs (the service lists them per model; the legacy Titan Text,
    /// Cohere Command R, the small Mistral models and the image generators do not).
    /// </summary>
    internal static class BatchModelSupport
    {
        private static readonly string[] Supported =
        {
            "anthropic.claude-",
            "amazon.nova-micro", "amazon.nova-lite", "amazon.nova-pro", "amazon.nova-premier",
            "amazon.titan-embed-text-v2",
            "meta.llama3-1-", "meta.llama3-2-", "meta.llama3-3-",
            "mistral.mistral-large",
        };

        public static bool Supports(FoundationModel model) =>
            Supported.Any(prefix => model.ModelId.StartsWith(prefix, StringComparison.Ordinal));

        /// <summary>A foundation model id, an inference profile id, or the ARN of either; null when the catalog has none.</summary>
        public static FoundationModel? Find(ModelCatalog catalog, string modelId)
        {
            string id = modelId;
            if (id.StartsWith("arn:", StringComparison.Ordinal)
                && !BedrockArn.TryGetResourceId(id, "foundation-model", out id) && !BedrockArn.TryGetResourceId(modelId, "inference-profile", out id))
            {
                return null;
            }
            return catalog.FindModel(id) ?? catalog.FindProfile(id)?.Model;
        }
    }
}
