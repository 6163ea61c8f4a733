using System.Threading.Tasks;
using BedrockPS.Emulator.Generation;

namespace BedrockPS.Emulator.Operations
{
    /// <summary>Between generating a reply and sending it: adopt the scenario rule's fault and latency.</summary>
    internal static class ReplyPreparation
    {
        /// <summary>Returns true when the connection was reset and nothing more must be written.</summary>
        public static async Task<bool> ApplyRuleAsync(OperationContext context, ModelReply reply)
        {
            var delay = reply.Latency;
            if (context.Fault.Kind == FaultKind.None && reply.Fault != null)
            {
                context.Fault = reply.Fault;
                delay += reply.Fault.Latency;
            }
            await EmulatorEngine.DelayAsync(delay, context.Exchange).ConfigureAwait(false);
            return EmulatorEngine.ThrowOrResetForFault(context);
        }
    }
}
