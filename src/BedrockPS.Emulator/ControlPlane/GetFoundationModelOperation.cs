using System;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BedrockPS.Emulator.Catalog;
using BedrockPS.Emulator.Json;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.ControlPlane
{
    /// <summary>GET /foundation-models/{modelIdentifier}: by model id or foundation-model ARN; a retired model answers 404 end of life.</summary>
    internal sealed class GetFoundationModelOperation : IOperation
    {
        public async Task HandleAsync(OperationContext context)
        {
            string identifier = context.PathSegments[1];
            BedrockArn.TryGetResourceId(identifier, "foundation-model", out string id);
            FoundationModel model = context.Engine.Catalog.FindModel(id)
                ?? throw ServiceError.NotFound("The model with identifier " + identifier + " does not exist.");
            DateTimeOffset now = context.Engine.Clock();
            if (model.Lifecycle.IsRetiredAt(now))
            {
                throw LifecycleAnswers.EndOfLife();
            }
            var response = new JsonObject { ["modelDetails"] = CatalogJson.Model(model, context.Engine.Region, now) };
            await context.Exchange.SendAsync(200, context.BaseHeaders("application/json"), JsonBody.Bytes(response)).ConfigureAwait(false);
        }
    }
}
