using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BedrockPS.Emulator.Json;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.ControlPlane
{
    /// <summary>POST /tagResource {resourceARN, tags}: adds tags, overwriting the values of keys already there.</summary>
    internal sealed class TagResourceOperation : IOperation
    {
        public async Task HandleAsync(OperationContext context)
        {
            var body = TaggedResource.ReadBody(context);
            var input = new ControlPlaneInput();
            var tags = input.Tags(body, "tags", required: true);
            var profile = TaggedResource.Find(context, input, body);
            context.Engine.ApplicationProfiles.Tag(profile, tags);
            await context.Exchange.SendAsync(200, context.BaseHeaders("application/json"), JsonBody.Bytes(new JsonObject())).ConfigureAwait(false);
        }
    }
}
