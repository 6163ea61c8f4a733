using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using BedrockPS.Emulator.Catalog;

namespace BedrockPS.Emulator.ControlPlane
{
    /// <summary>The control-plane JSON of catalog entries (FoundationModelSummary, InferenceProfileSummary).</summary>
    internal static class CatalogJson
    {
        /// <param name="model">The catalog entry to describe.</param>
        /// <param name="region">The region its ARN names.</param>
        /// <param name="now">The emulator's clock: a Legacy model's dates are published once it is Legacy, not before.</param>
        public static JsonObject Model(FoundationModel model, string region, DateTimeOffset now)
        {
            ModelLifecycleDates dates = model.Lifecycle;
            string status = dates.StatusAt(now);
            var lifecycle = new JsonObject
            {
                ["status"] = status,
                ["startOfLifeTime"] = Timestamp(dates.StartOfLife),
            };
            if (status == "LEGACY")
            {
                if (dates.Legacy.HasValue) lifecycle["legacyTime"] = Timestamp(dates.Legacy.Value);
                if (dates.PublicExtendedAccess.HasValue) lifecycle["publicExtendedAccessTime"] = Timestamp(dates.PublicExtendedAccess.Value);
                if (dates.EndOfLife.HasValue) lifecycle["endOfLifeTime"] = Timestamp(dates.EndOfLife.Value);
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

        /// <summary>The service model's Timestamp shape is iso8601.</summary>
        private static string Timestamp(DateTimeOffset time) =>
            time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

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
