using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Models;

namespace BedrockPS.Core.Conversations
{
    /// <summary>Runs a tool the model asked for and answers with a toolResult content block.</summary>
    public interface IToolInvoker
    {
        /// <summary>
        /// Returns a toolResult block for <paramref name="toolUse"/>. A tool that fails or is declined is answered with a
        /// toolResult whose status is error (never an exception), so the model can react; only cancellation throws.
        /// </summary>
        Task<ContentBlock> InvokeAsync(ToolUseBlock toolUse, CancellationToken ct);
    }
}
