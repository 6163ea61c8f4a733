using System;

namespace BedrockPS.Core.Batching
{
    /// <summary>The outcome of one batch item, tied to its input and its position in the input.</summary>
    public sealed class BatchResult<TInput, TResult>
    {
        internal BatchResult(int index, TInput input, TResult? value, Exception? error)
        {
            Index = index;
            Input = input;
            Value = value;
            Error = error;
        }

        /// <summary>Zero-based position of the input.</summary>
        public int Index { get; }

        /// <summary>The input the item was started with.</summary>
        public TInput Input { get; }

        /// <summary>The result when the item succeeded.</summary>
        public TResult? Value { get; }

        /// <summary>The failure when the item failed (a <see cref="BedrockServiceException"/> for service errors).</summary>
        public Exception? Error { get; }

        /// <summary>True when the item ran without error (<see cref="Error"/> is null).</summary>
        public bool Succeeded => Error == null;
    }
}
