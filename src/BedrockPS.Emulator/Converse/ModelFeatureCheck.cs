using System.Linq;
using System.Text.Json.Nodes;
using BedrockPS.Emulator.Catalog;
using BedrockPS.Emulator.Generation;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.Converse
{
    /// <summary>
    /// Refuses, as the service does, the Converse members a model does not take: outputConfig.textFormat, prompt
    /// cache points (and their 1 hour TTL, and cache points in tools), a service tier it is not offered in,
    /// latency-optimized inference, and "$defs" in schemas for models whose validator rejects it.
    /// </summary>
    internal static class ModelFeatureCheck
    {
        /// <summary>The service's answer to cachePoint on a model without prompt caching (HTTP 403).</summary>
        public const string CachingRefused = "You invoked an unsupported model or your request did not allow prompt caching. See the documentation for more information.";

        public static void Check(JsonObject body, GenerationRequest request, ModelFeatures features)
        {
            if (request.OutputSchema != null && !features.StructuredOutput)
            {
                throw Unsupported("outputConfig.textFormat");
            }
            if (features.RefusesSchemaDefinitions)
            {
                string? path = SchemaDefinitionsPath(body["toolConfig"]?["tools"] as JsonArray);
                if (path != null)
                {
                    throw ServiceError.Validation("The model returned the following errors: Malformed input request: " + path
                        + ": extraneous key [$defs] is not permitted, please reformat your input and try again.");
                }
            }
            if (request.CacheCheckpoints.Count > 0)
            {
                if (features.CacheMinimumTokens == null || (!features.CacheInTools && request.CacheCheckpoints.Any(c => c.Location == "tools")))
                {
                    throw ServiceError.AccessDenied(CachingRefused);
                }
                if (!features.CacheOneHour && request.CacheCheckpoints.Any(c => c.Ttl == "1h"))
                {
                    throw Unsupported("cachePoint.ttl");
                }
            }
            CheckServiceSettings(ServiceTierOf(body), (body["performanceConfig"] as JsonObject)?["latency"]?.ToString(), features);
        }

        /// <summary>The service tier and latency checks, shared with InvokeModel (which carries both in headers).</summary>
        public static void CheckServiceSettings(string? tier, string? latency, ModelFeatures features)
        {
            if (tier != null && tier != "priority" && tier != "default" && tier != "flex" && tier != "reserved")
            {
                throw ServiceError.Validation("The service tier provided is invalid.");
            }
            if (latency == "optimized" && !features.LatencyOptimized)
            {
                throw Unsupported("performanceConfig.latency");
            }
            if (tier == "reserved")
            {
                throw ServiceError.Validation("Reservation not found.");
            }
            if ((tier == "priority" || tier == "flex") && !features.ServiceTiers.Contains(tier))
            {
                throw ServiceError.Validation("The service tier provided is not supported for this model.");
            }
        }

        public static string? ServiceTierOf(JsonObject body) => (body["serviceTier"] as JsonObject)?["type"]?.ToString();

        /// <summary>The JSON pointer of the first "$defs" in a tool input schema, in the model validator's notation.</summary>
        public static string? SchemaDefinitionsPath(JsonArray? tools)
        {
            for (int i = 0; i < (tools?.Count ?? 0); i++)
            {
                string? found = Find(tools![i]?["toolSpec"]?["inputSchema"]?["json"], "#/toolConfig/tools/" + i + "/toolSpec/inputSchema/json");
                if (found != null)
                {
                    return found;
                }
            }
            return null;
        }

        private static string? Find(JsonNode? node, string path)
        {
            if (node is JsonObject obj)
            {
                if (obj.ContainsKey("$defs"))
                {
                    return path;
                }
                foreach (var member in obj)
                {
                    string? found = Find(member.Value, path + "/" + member.Key);
                    if (found != null)
                    {
                        return found;
                    }
                }
            }
            else if (node is JsonArray array)
            {
                for (int i = 0; i < array.Count; i++)
                {
                    string? found = Find(array[i], path + "/" + i);
                    if (found != null)
                    {
                        return found;
                    }
                }
            }
            return null;
        }

        /// <summary>The wording the service uses for a request member a model does not take.</summary>
        private static ServiceError Unsupported(string member) =>
            ServiceError.Validation("This model doesn't support the " + member + " field. Remove " + member + " and try again.");
    }
}
