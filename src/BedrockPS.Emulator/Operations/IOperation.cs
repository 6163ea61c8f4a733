using System.Threading.Tasks;

namespace BedrockPS.Emulator.Operations
{
    /// <summary>One Bedrock operation. Throwing ServiceError before the response starts answers with that error.</summary>
    internal interface IOperation
    {
        Task HandleAsync(OperationContext context);
    }
}
