using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Conversations;
using BedrockPS.Core.Models;

namespace BedrockPS.Core.Tests.Conversations
{
    /// <summary>A tool invoker that answers from a function and remembers what it was asked.</summary>
    internal sealed class RecordingToolInvoker : IToolInvoker
    {
        private readonly Func<ToolUseBlock, CancellationToken, ContentBlock> answer;

        public RecordingToolInvoker(Func<ToolUseBlock, CancellationToken, ContentBlock> answer)
        {
            this.answer = answer;
        }

        public List<ToolUseBlock> Calls { get; } = new List<ToolUseBlock>();

        public static RecordingToolInvoker Echo() =>
            new RecordingToolInvoker((use, _) => ContentBlock.FromToolResult(use.ToolUseId!, "result of " + use.Name + " " + use.Input?.GetRawText(), "success"));

        public Task<ContentBlock> InvokeAsync(ToolUseBlock toolUse, CancellationToken ct)
        {
            Calls.Add(toolUse);
            return Task.FromResult(answer(toolUse, ct));
        }
    }
}
