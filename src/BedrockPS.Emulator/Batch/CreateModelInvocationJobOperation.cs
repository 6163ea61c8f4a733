using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BedrockPS.Emulator.Json;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.Batch
{
    /// <summary>POST /model-invocation-job: validates, applies the quota and idempotency token, starts the job.</summary>
    internal sealed class CreateModelInvocationJobOperation : IOperation
    {
        public async Task HandleAsync(OperationContext context)
        {
            JsonObject body = JsonBody.ParseObject(context.Request.Body, "Malformed input request, please reformat your input and try again.");
            BatchJob job = context.Engine.BatchJobs.Create(body);
            await context.Exchange.SendAsync(200, context.BaseHeaders("application/json"), JsonBody.Bytes(new JsonObject { ["jobArn"] = job.JobArn })).ConfigureAwait(false);
        }
    }
}
