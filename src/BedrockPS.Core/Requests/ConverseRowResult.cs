using System;
using BedrockPS.Core.Conversations;

namespace BedrockPS.Core.Requests
{
    /// <summary>The answer to one <see cref="ConverseCallRequest"/>, or why it failed, tied to its input and position.</summary>
    public sealed class ConverseRowResult
    {
        internal ConverseRowResult(int index, ConverseCallRequest request, ConversationOutcome? outcome, Exception? error)
        {
            Index = index;
            Request = request;
            Outcome = outcome;
            Error = error;
        }

        /// <summary>Position of the request among those given to the pipeline, from 0.</summary>
        public int Index { get; }

        public ConverseCallRequest Request { get; }

        /// <summary>The object the request came from.</summary>
        public object? Input => Request.Input;

        public ConversationOutcome? Outcome { get; }

        /// <summary>Why the row failed: refused before sending (<see cref="InvalidRequestException"/>) or a service error.</summary>
        public Exception? Error { get; }

        public bool Succeeded => Error == null;
    }
}
