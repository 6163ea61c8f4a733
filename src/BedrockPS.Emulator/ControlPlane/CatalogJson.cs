using System.Collections.Generic;
using System.Text.Json.Nodes;
using BedrockPS.Emulator.Catalog;

namespace BedrockPS.Emulator.ControlPlane
{
    /// <summary>The control-plane JSON of catalog entries (FoundationModelSummary, InferenceProfileSummary).</summary>
    internal static class CatalogJson
    {
        public static JsonObject Model(FoundationModel model, string region)
        {
            var lifecycle = new JsonObject
            {
                ["status"] = model.LifecycleStatus,
                ["startOfLifeTime"] = model.ReleaseDate + "T00:00:00Z",
            };
            if (model.LifecycleStatus == "LEGACY")
            {
                lifecycle["legacyTime"] = "2025-10-01T00:00:00Z";
                lifecycle["endOfLifeTime"] = "2026-10-01T00:00:00Z";
            }
            return new JsonObject
            {
                ["modelArn"] = model.Arn(region),
                ["modelId"] = model.ModelId,
                ["modelName"] = model.ModelName,
                ["providerName"] = model.ProviderName,
                ["inputModalities"] = Array(model.InputModalities),
                ["outputModalities"] = Array(model.OutputModalities),
                ["responseStreamingSupported"] = model.ResponseStreamingSupported,
                ["customizationsSupported"] = Array(model.CustomizationsSupported),
                ["inferenceTypesSupported"] = Array(model.InferenceTypesSupported),
                ["modelLifecycle"] = lifecycle,
            };
        }

        public static JsonObject Profile(InferenceProfile profile, string region, string accountId)
        {
            var models = new JsonArray();
            foreach (string target in profile.Regions)
            {
                models.Add(new JsonObject { ["modelArn"] = profile.Model.Arn(target) });
            }
            return new JsonObject
            {
                ["inferenceProfileName"] = profile.InferenceProfileName,
                ["description"] = "Routes requests to " + profile.Model.ModelName + " in " + (profile.Prefix == "global" ? "commercial regions worldwide." : profile.Prefix.ToUpperInvariant() + " regions."),
                ["createdAt"] = profile.Model.ReleaseDate + "T00:00:00Z",
                ["updatedAt"] = profile.Model.ReleaseDate + "T00:00:00Z",
                ["inferenceProfileArn"] = profile.Arn(region, accountId),
                ["models"] = models,
                ["inferenceProfileId"] = profile.InferenceProfileId,
                ["status"] = "ACTIVE",
                ["type"] = "SYSTEM_DEFINED",
            };
        }

        private static JsonArray Array(IReadOnlyList<string> values)
        {
            var array = new JsonArray();
            foreach (string value in values)
            {
                array.Add(value);
            }
            return array;
        }
    }
}
