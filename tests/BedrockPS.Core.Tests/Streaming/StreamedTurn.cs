using System;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Conversations;
using BedrockPS.Core.Models;

namespace BedrockPS.Core.Tests.Streaming
{
    /// <summary>
    /// Runs one streamed turn the way the cmdlets do (through <see cref="ConversationRunner"/>), which is the level that
    /// owns a failed stream's PartialText: the client keeps no copy of the text.
    /// </summary>
    internal static class StreamedTurn
    {
        public static Task<ConversationOutcome> RunAsync(IBedrockService service, Action<ConverseStreamEvent>? onEvent, CancellationToken cancellationToken)
        {
            var input = new ConversationInput
            {
                ModelId = "m",
                Message = new Message { Role = "user", Content = { ContentBlock.FromText("hello") } },
                Stream = true,
                OnStreamEvent = onEvent,
            };
            return new ConversationRunner().RunAsync(service, input, cancellationToken);
        }

        public static Task<BedrockServiceException> FailureAsync(IBedrockService service) =>
            Assert.ThrowsAsync<BedrockServiceException>(() => RunAsync(service, null, CancellationToken.None));
    }
}
