using System.Text.Json.Nodes;
using BedrockPS.Emulator.Catalog;
using BedrockPS.Emulator.Json;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.ControlPlane
{
    /// <summary>Finds the resource a tagging request names by its resourceARN (the emulator tags application inference profiles).</summary>
    internal static class TaggedResource
    {
        public static JsonObject ReadBody(OperationContext context) =>
            JsonBody.ParseObject(context.Request.Body, "The request body is not valid JSON.");

        public static ApplicationInferenceProfile Find(OperationContext context, ControlPlaneInput input, JsonObject body)
        {
            string? arn = input.Text(body, "resourceARN", "resourceARN", 20, 1011, null, required: true);
            input.ThrowIfInvalid();
            return context.Engine.ApplicationProfiles.Find(arn!) is ApplicationInferenceProfile profile && profile.Arn == arn
                ? profile
                : throw ServiceError.NotFound("The resource " + arn + " does not exist.");
        }
    }
}
