using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using BedrockPS.Emulator.Catalog;
using BedrockPS.Emulator.Json;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.ControlPlane
{
    /// <summary>
    /// GET /foundation-model-availability/{modelId}: whether the account may use a foundation model here
    /// (agreement, authorization, entitlement, region), as configured per model in the emulator's options.
    /// </summary>
    internal sealed class GetFoundationModelAvailabilityOperation : IOperation
    {
        private static readonly Regex ModelId = new Regex("^[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([a-z0-9-]{1,63}[.]){0,2}[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2}(/[a-z0-9]{12}|)$");

        public async Task HandleAsync(OperationContext context)
        {
            string modelId = context.PathSegments[1];
            if (modelId.Length > 140 || !ModelId.IsMatch(modelId))
            {
                throw ServiceError.Validation("1 validation error detected: Value '" + modelId + "' at 'modelId' failed to satisfy constraint: "
                    + (modelId.Length > 140 ? "Member must have length less than or equal to 140" : "Member must satisfy regular expression pattern: " + ModelId.ToString().TrimStart('^').TrimEnd('$')));
            }
            FoundationModel model = context.Engine.Catalog.FindModel(modelId)
                ?? throw ServiceError.NotFound("The model with identifier " + modelId + " does not exist.");
            ModelAvailability availability = context.Engine.Availability.For(model.ModelId);
            var agreement = new JsonObject { ["status"] = availability.AgreementStatus };
            if (availability.AgreementErrorMessage != null)
            {
                agreement["errorMessage"] = availability.AgreementErrorMessage;
            }
            var response = new JsonObject
            {
                ["modelId"] = model.ModelId,
                ["agreementAvailability"] = agreement,
                ["authorizationStatus"] = availability.AuthorizationStatus,
                ["entitlementAvailability"] = availability.EntitlementAvailability,
                ["regionAvailability"] = availability.RegionAvailability,
            };
            await context.Exchange.SendAsync(200, context.BaseHeaders("application/json"), JsonBody.Bytes(response)).ConfigureAwait(false);
        }
    }
}
