using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BedrockPS.Emulator.Catalog;
using BedrockPS.Emulator.Json;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.ControlPlane
{
    /// <summary>GET /inference-profiles/{inferenceProfileIdentifier}: by profile id or ARN, system-defined or application.</summary>
    internal sealed class GetInferenceProfileOperation : IOperation
    {
        public async Task HandleAsync(OperationContext context)
        {
            string identifier = context.PathSegments[1];
            BedrockArn.TryGetResourceId(identifier, "inference-profile", out string id);
            JsonObject response;
            if (context.Engine.ApplicationProfiles.Find(identifier) is ApplicationInferenceProfile application)
            {
                response = ApplicationProfileJson.Profile(application);
            }
            else
            {
                InferenceProfile profile = context.Engine.Catalog.FindProfile(id)
                    ?? throw ServiceError.NotFound("The inference profile with identifier " + identifier + " does not exist.");
                response = CatalogJson.Profile(profile, context.Engine.Region, context.Engine.AccountId);
            }
            await context.Exchange.SendAsync(200, context.BaseHeaders("application/json"), JsonBody.Bytes(response)).ConfigureAwait(false);
        }
    }
}
