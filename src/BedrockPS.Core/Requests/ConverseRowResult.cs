using System;
using System.Text.Json;
using BedrockPS.Core.Conversations;

namespace BedrockPS.Core.Requests
{
    /// <summary>The answer to one <see cref="ConverseCallRequest"/>, or why it failed, tied to its input and position.</summary>
    public sealed class ConverseRowResult
    {
        internal ConverseRowResult(int index, ConverseCallRequest request, ConversationOutcome? outcome, JsonElement? data, Exception? error)
        {
            Index = index;
            Request = request;
            Outcome = outcome;
            Data = data;
            Error = error;
        }

        /// <summary>Position of the request among those given to the pipeline, from 0.</summary>
        public int Index { get; }

        /// <summary>The request this result answers, as given.</summary>
        public ConverseCallRequest Request { get; }

        /// <summary>The object the request came from.</summary>
        public object? Input => Request.Input;

        /// <summary>The exchange when the row succeeded: answer, messages, tool calls and usage; null when it failed.</summary>
        public ConversationOutcome? Outcome { get; }

        /// <summary>The answer as data, validated against the request's schema; null without a schema.</summary>
        public JsonElement? Data { get; }

        /// <summary>Why the row failed: refused before sending (<see cref="InvalidRequestException"/>) or a service error.</summary>
        public Exception? Error { get; }

        /// <summary>True when the row got an answer (<see cref="Error"/> is null).</summary>
        public bool Succeeded => Error == null;
    }
}
