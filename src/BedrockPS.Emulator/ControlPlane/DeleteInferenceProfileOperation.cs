using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BedrockPS.Emulator.Catalog;
using BedrockPS.Emulator.Json;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.ControlPlane
{
    /// <summary>DELETE /inference-profiles/{inferenceProfileIdentifier}: application profiles only, by id or ARN.</summary>
    internal sealed class DeleteInferenceProfileOperation : IOperation
    {
        public async Task HandleAsync(OperationContext context)
        {
            string identifier = context.PathSegments[1];
            if (!context.Engine.ApplicationProfiles.Delete(identifier))
            {
                BedrockArn.TryGetResourceId(identifier, "inference-profile", out string systemId);
                if (context.Engine.Catalog.FindProfile(systemId) != null)
                {
                    throw ServiceError.Validation("The inference profile " + identifier + " is system-defined and cannot be deleted. Only application inference profiles can be deleted.");
                }
                throw ServiceError.NotFound("The inference profile with identifier " + identifier + " does not exist.");
            }
            await context.Exchange.SendAsync(200, context.BaseHeaders("application/json"), JsonBody.Bytes(new JsonObject())).ConfigureAwait(false);
        }
    }
}
