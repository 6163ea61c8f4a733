using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BedrockPS.Emulator.Json;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.ControlPlane
{
    /// <summary>POST /listTagsForResource {resourceARN}: the resource's tags as [{key, value}].</summary>
    internal sealed class ListTagsForResourceOperation : IOperation
    {
        public async Task HandleAsync(OperationContext context)
        {
            var body = TaggedResource.ReadBody(context);
            var profile = TaggedResource.Find(context, new ControlPlaneInput(), body);
            var response = new JsonObject { ["tags"] = ApplicationProfileJson.Tags(profile.Tags) };
            await context.Exchange.SendAsync(200, context.BaseHeaders("application/json"), JsonBody.Bytes(response)).ConfigureAwait(false);
        }
    }
}
