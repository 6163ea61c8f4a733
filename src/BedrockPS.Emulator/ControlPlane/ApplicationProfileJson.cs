using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using BedrockPS.Emulator.Catalog;

namespace BedrockPS.Emulator.ControlPlane
{
    /// <summary>The InferenceProfileSummary / GetInferenceProfile JSON of an application inference profile.</summary>
    internal static class ApplicationProfileJson
    {
        public static JsonObject Profile(ApplicationInferenceProfile profile)
        {
            var models = new JsonArray();
            foreach (string arn in profile.ModelArns)
            {
                models.Add(new JsonObject { ["modelArn"] = arn });
            }
            string created = profile.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            var json = new JsonObject
            {
                ["inferenceProfileName"] = profile.InferenceProfileName,
            };
            if (profile.Description != null)
            {
                json["description"] = profile.Description;
            }
            json["createdAt"] = created;
            json["updatedAt"] = created;
            json["inferenceProfileArn"] = profile.Arn;
            json["models"] = models;
            json["inferenceProfileId"] = profile.InferenceProfileId;
            json["status"] = "ACTIVE";
            json["type"] = "APPLICATION";
            return json;
        }

        public static JsonArray Tags(IReadOnlyList<KeyValuePair<string, string>> tags)
        {
            var array = new JsonArray();
            foreach (var tag in tags)
            {
                array.Add(new JsonObject { ["key"] = tag.Key, ["value"] = tag.Value });
            }
            return array;
        }
    }
}
