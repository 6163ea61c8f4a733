using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace BedrockPS.Core.Batching
{
    /// <summary>
    /// Runs work items with at most N in flight and hands results back in input order, each tied to its input.
    /// Items are pushed one at a time (as PowerShell pipeline input arrives) with <see cref="AddAsync"/>; item i+1
    /// starts while item i is still running. At most 2×N items are held between start and hand-back, so a slow
    /// first item pauses intake instead of letting finished results pile up. Use from one thread at a time.
    /// </summary>
    public sealed class OrderedBatch<TInput, TResult> : IDisposable
    {
        private readonly Func<TInput, CancellationToken, Task<TResult>> work;
        private readonly SemaphoreSlim slots;
        private readonly Queue<PendingBatchItem<TInput, TResult>> pending = new Queue<PendingBatchItem<TInput, TResult>>();
        private readonly CancellationToken cancellationToken;
        private readonly int windowLimit;
        private int nextIndex;
        private bool disposed;

        /// <summary>Creates an empty batch; nothing runs until the first <see cref="AddAsync"/>.</summary>
        /// <param name="work">Runs one item; called on the thread pool, up to <paramref name="maxConcurrency"/> at once. Its exceptions become the item's <see cref="BatchResult{TInput, TResult}.Error"/>.</param>
        /// <param name="maxConcurrency">Most items running at once, at least 1.</param>
        /// <param name="cancellationToken">Passed to every item, and stops the wait for a free slot.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxConcurrency"/> is below 1.</exception>
        /// <exception cref="ArgumentNullException"><paramref name="work"/> is null.</exception>
        public OrderedBatch(Func<TInput, CancellationToken, Task<TResult>> work, int maxConcurrency, CancellationToken cancellationToken)
        {
            if (maxConcurrency < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(maxConcurrency), "At least one item must be allowed in flight.");
            }
            this.work = work ?? throw new ArgumentNullException(nameof(work));
            this.cancellationToken = cancellationToken;
            MaxConcurrency = maxConcurrency;
            windowLimit = maxConcurrency * 2;
            slots = new SemaphoreSlim(maxConcurrency, maxConcurrency);
        }

        /// <summary>Most items running at once.</summary>
        public int MaxConcurrency { get; }

        /// <summary>Items started and not yet handed back.</summary>
        public int PendingCount => pending.Count;

        /// <summary>
        /// Starts <paramref name="input"/> as soon as a slot is free, and returns the results that are ready, in order.
        /// </summary>
        public async Task<IReadOnlyList<BatchResult<TInput, TResult>>> AddAsync(TInput input)
        {
            if (disposed)
            {
                throw new ObjectDisposedException(nameof(OrderedBatch<TInput, TResult>));
            }
            var ready = new List<BatchResult<TInput, TResult>>();
            while (pending.Count >= windowLimit)
            {
                // The oldest item holds everything up: wait for it rather than buffer more.
                ready.Add(await CompleteHeadAsync().ConfigureAwait(false));
            }
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            var index = nextIndex++;
            pending.Enqueue(new PendingBatchItem<TInput, TResult>(index, input, RunAsync(input)));
            ready.AddRange(TakeReady());
            return ready;
        }

        /// <summary>The results already finished at the front of the queue, in order (never waits).</summary>
        public IReadOnlyList<BatchResult<TInput, TResult>> TakeReady()
        {
            var ready = new List<BatchResult<TInput, TResult>>();
            while (pending.Count > 0 && pending.Peek().Task.IsCompleted)
            {
                var item = pending.Dequeue();
                ready.Add(ToResult(item));
            }
            return ready;
        }

        /// <summary>Waits for the remaining items and yields them in order.</summary>
        public async IAsyncEnumerable<BatchResult<TInput, TResult>> DrainAsync()
        {
            while (pending.Count > 0)
            {
                yield return await CompleteHeadAsync().ConfigureAwait(false);
            }
        }

        /// <summary>Runs every input with at most <paramref name="maxConcurrency"/> in flight, yielding results in input order.</summary>
        public static async IAsyncEnumerable<BatchResult<TInput, TResult>> RunAsync(
            IEnumerable<TInput> inputs,
            Func<TInput, CancellationToken, Task<TResult>> work,
            int maxConcurrency,
            [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            using var batch = new OrderedBatch<TInput, TResult>(work, maxConcurrency, cancellationToken);
            foreach (var input in inputs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var result in await batch.AddAsync(input).ConfigureAwait(false))
                {
                    yield return result;
                }
            }
            await foreach (var result in batch.DrainAsync().ConfigureAwait(false))
            {
                yield return result;
            }
            cancellationToken.ThrowIfCancellationRequested();
        }

        /// <summary>
        /// Stops accepting items. Items still running finish on their own; the semaphore is deliberately not
        /// disposed because their completions still release it (it holds no OS handle unless asked for one).
        /// </summary>
        public void Dispose()
        {
            disposed = true;
        }

        private async Task<TResult> RunAsync(TInput input)
        {
            try
            {
                // Task.Run so a work item that blocks before its first await cannot hold up the caller.
                return await Task.Run(() => work(input, cancellationToken), cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                slots.Release();
            }
        }

        private async Task<BatchResult<TInput, TResult>> CompleteHeadAsync()
        {
            var item = pending.Peek();
            try
            {
                await item.Task.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Reported through the result below.
            }
            pending.Dequeue();
            return ToResult(item);
        }

        private static BatchResult<TInput, TResult> ToResult(PendingBatchItem<TInput, TResult> item)
        {
            if (item.Task.Status == TaskStatus.RanToCompletion)
            {
                return new BatchResult<TInput, TResult>(item.Index, item.Input, item.Task.Result, null);
            }
            Exception error = item.Task.IsCanceled
                ? new OperationCanceledException("The item was cancelled.")
                : item.Task.Exception!.InnerExceptions.Count == 1 ? item.Task.Exception.InnerException! : item.Task.Exception;
            return new BatchResult<TInput, TResult>(item.Index, item.Input, default, error);
        }
    }
}
