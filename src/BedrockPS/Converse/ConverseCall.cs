using System;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core;
using BedrockPS.Core.Conversations;

namespace BedrockPS.Converse
{
    /// <summary>
    /// One Invoke-BedrockConverse request: everything read from the parameters of one pipeline record, captured
    /// in ProcessRecord (PowerShell rebinds the parameters for the next record), ready to run on any thread. A
    /// record whose input was refused locally carries that failure instead, so batches report it in its place.
    /// </summary>
    internal sealed class ConverseCall
    {
        private ConverseCall(int index, object? input, IBedrockService? service, ConversationInput? conversation, ChatSession? session, Exception? refusal)
        {
            Index = index;
            Input = input;
            Service = service;
            Conversation = conversation;
            Session = session;
            Refusal = refusal;
        }

        public static ConverseCall Ready(int index, object? input, IBedrockService service, ConversationInput conversation, ChatSession? session) =>
            new ConverseCall(index, input, service, conversation, session, null);

        public static ConverseCall Refused(int index, object? input, Exception refusal) =>
            new ConverseCall(index, input, null, null, null, refusal);

        /// <summary>Position of the record in the pipeline, from 0.</summary>
        public int Index { get; }

        /// <summary>The pipeline object (a CSV row, a string, ...) or the -Message text.</summary>
        public object? Input { get; }

        public IBedrockService? Service { get; }

        public ConversationInput? Conversation { get; }

        public ChatSession? Session { get; }

        /// <summary>Why the input was refused before sending, or null.</summary>
        public Exception? Refusal { get; }

        /// <summary>Runs the call; a refused call fails with its refusal without sending anything.</summary>
        public Task<ConversationOutcome> RunAsync(ConversationRunner runner, CancellationToken cancellationToken)
        {
            if (Refusal != null)
            {
                var failed = new TaskCompletionSource<ConversationOutcome>();
                failed.SetException(Refusal);
                return failed.Task;
            }
            return runner.RunAsync(Service!, Conversation!, cancellationToken);
        }
    }
}
