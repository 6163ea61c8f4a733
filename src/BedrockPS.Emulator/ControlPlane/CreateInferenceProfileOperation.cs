using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using BedrockPS.Emulator.Catalog;
using BedrockPS.Emulator.Json;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.ControlPlane
{
    /// <summary>
    /// POST /inference-profiles: an application inference profile copied from a foundation model ARN or a
    /// system-defined profile ARN, with tags; a repeated clientRequestToken returns the profile made the first time.
    /// </summary>
    internal sealed class CreateInferenceProfileOperation : IOperation
    {
        private static readonly Regex Name = new Regex("^([0-9a-zA-Z][ _-]?)+$");
        private static readonly Regex Description = new Regex("^([0-9a-zA-Z:.][ _-]?)+$");
        private static readonly Regex Token = new Regex("^[a-zA-Z0-9]([-a-zA-Z0-9]{0,254}[a-zA-Z0-9])?$");
        private static readonly Regex SourceArn = new Regex("^arn:aws(|-us-gov|-cn|-iso|-iso-b):bedrock:(|[0-9a-z-]{0,20}):(|[0-9]{12}):(inference-profile|foundation-model)/[a-zA-Z0-9-:.]+$");

        public async Task HandleAsync(OperationContext context)
        {
            JsonObject body = JsonBody.ParseObject(context.Request.Body, "The request body is not valid JSON.");
            var input = new ControlPlaneInput();
            string? name = input.Text(body, "inferenceProfileName", "inferenceProfileName", 1, 64, Name, required: true);
            string? description = input.Text(body, "description", "description", 1, 200, Description, required: false);
            string? token = input.Text(body, "clientRequestToken", "clientRequestToken", 1, 256, Token, required: false);
            string? copyFrom = null;
            if (body["modelSource"] is JsonObject source)
            {
                copyFrom = input.Text(source, "copyFrom", "modelSource.copyFrom", 1, 2048, SourceArn, required: true);
            }
            else
            {
                input.Fail("Value null at 'modelSource' failed to satisfy constraint: Member must not be null");
            }
            List<KeyValuePair<string, string>> tags = input.Tags(body, "tags", required: false);
            input.ThrowIfInvalid();
            if (tags.Count > ApplicationProfileStore.MaxTagsPerResource)
            {
                throw ApplicationProfileStore.TooManyTags(name!);
            }

            var engine = context.Engine;
            (FoundationModel model, IReadOnlyList<string> modelArns) = Source(engine, copyFrom!);
            ApplicationInferenceProfile profile = engine.ApplicationProfiles.Create(
                name!, description, model, modelArns, copyFrom!, token, tags, engine.Region, engine.AccountId);
            var response = new JsonObject { ["inferenceProfileArn"] = profile.Arn, ["status"] = "ACTIVE" };
            await context.Exchange.SendAsync(201, context.BaseHeaders("application/json"), JsonBody.Bytes(response)).ConfigureAwait(false);
        }

        /// <summary>The model the copy routes to and the model ARNs it lists (one region for a model, the profile's regions for a profile).</summary>
        private static (FoundationModel, IReadOnlyList<string>) Source(EmulatorEngine engine, string copyFrom)
        {
            if (BedrockArn.TryGetResourceId(copyFrom, "foundation-model", out string modelId))
            {
                FoundationModel model = engine.Catalog.FindModel(modelId)
                    ?? throw ServiceError.NotFound("The model " + copyFrom + " does not exist.");
                return (model, new[] { model.Arn(engine.Region) });
            }
            BedrockArn.TryGetResourceId(copyFrom, "inference-profile", out string profileId);
            InferenceProfile profile = engine.Catalog.FindProfile(profileId)
                ?? throw ServiceError.NotFound("The inference profile " + copyFrom + " does not exist.");
            return (profile.Model, profile.Regions.Select(region => profile.Model.Arn(region)).ToList());
        }
    }
}
