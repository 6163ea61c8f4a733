using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BedrockPS.Emulator.Json;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.Batch
{
    /// <summary>POST /model-invocation-job/{jobIdentifier}/stop: the job goes to Stopping, then Stopped.</summary>
    internal sealed class StopModelInvocationJobOperation : IOperation
    {
        public async Task HandleAsync(OperationContext context)
        {
            var registry = context.Engine.BatchJobs;
            registry.Stop(registry.Find(JobIdentifier.Check(context.PathSegments[1])));
            await context.Exchange.SendAsync(200, context.BaseHeaders("application/json"), JsonBody.Bytes(new JsonObject())).ConfigureAwait(false);
        }
    }
}
