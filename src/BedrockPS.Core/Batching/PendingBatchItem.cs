using System.Threading.Tasks;

namespace BedrockPS.Core.Batching
{
    /// <summary>An item of an <see cref="OrderedBatch{TInput, TResult}"/> that has started and not been handed back.</summary>
    internal sealed class PendingBatchItem<TInput, TResult>
    {
        public PendingBatchItem(int index, TInput input, Task<TResult> task)
        {
            Index = index;
            Input = input;
            Task = task;
        }

        public int Index { get; }

        public TInput Input { get; }

        public Task<TResult> Task { get; }
    }
}
