using System.Threading.Tasks;
using BedrockPS.Emulator.Json;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.Batch
{
    /// <summary>GET /model-invocation-job/{jobIdentifier}: by job id or ARN.</summary>
    internal sealed class GetModelInvocationJobOperation : IOperation
    {
        public async Task HandleAsync(OperationContext context)
        {
            BatchJob job = context.Engine.BatchJobs.Find(JobIdentifier.Check(context.PathSegments[1]));
            await context.Exchange.SendAsync(200, context.BaseHeaders("application/json"), JsonBody.Bytes(job.ToJson())).ConfigureAwait(false);
        }
    }
}
