using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BedrockPS.Emulator.Json;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.ControlPlane
{
    /// <summary>POST /untagResource {resourceARN, tagKeys}: removes the tags with those keys (absent keys are ignored).</summary>
    internal sealed class UntagResourceOperation : IOperation
    {
        public async Task HandleAsync(OperationContext context)
        {
            var body = TaggedResource.ReadBody(context);
            var input = new ControlPlaneInput();
            var keys = new List<string>();
            if (body["tagKeys"] is JsonArray array)
            {
                foreach (JsonNode? key in array)
                {
                    if (key is JsonValue value && value.TryGetValue(out string? text) && text != null)
                    {
                        keys.Add(text);
                    }
                    else
                    {
                        input.Fail("Value at 'tagKeys' failed to satisfy constraint: Member must be a list of strings");
                    }
                }
            }
            else
            {
                input.Fail("Value null at 'tagKeys' failed to satisfy constraint: Member must not be null");
            }
            var profile = TaggedResource.Find(context, input, body);
            context.Engine.ApplicationProfiles.Untag(profile, keys);
            await context.Exchange.SendAsync(200, context.BaseHeaders("application/json"), JsonBody.Bytes(new JsonObject())).ConfigureAwait(false);
        }
    }
}
