using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Batching;
using BedrockPS.Core.Conversations;

namespace BedrockPS.Core.Requests
{
    /// <summary>
    /// Runs prompts against one service and hands back one <see cref="ConverseRowResult"/> per prompt, in the order
    /// given: a row's own failure (refused input, a service error after the transport's retries) is its result, never
    /// an exception, so the other rows go on. With <see cref="AddAsync"/> up to MaxConcurrency rows are in flight;
    /// rows of one conversation still run one at a time, in order, each seeing the turns before it. Disposing cancels
    /// everything in flight. Use from one thread at a time.
    /// </summary>
    public sealed class ConversePipeline : IDisposable
    {
        private readonly IBedrockService service;
        private readonly ConverseRowRunner rows;
        private readonly CancellationTokenSource stop;
        private readonly OrderedBatch<PipelineRow, RowAnswer> batch;
        private readonly Dictionary<Conversation, Task> sessionTails = new Dictionary<Conversation, Task>();
        private int nextIndex;
        private bool disposed;

        /// <summary>Creates a pipeline; nothing is sent until a row is added.</summary>
        /// <param name="service">The client every row is sent with.</param>
        /// <param name="maxConcurrency">Most rows in flight at once, at least 1.</param>
        /// <param name="cancellationToken">Cancels every row in flight; so does <see cref="Dispose"/>.</param>
        /// <param name="runner">Runs each exchange; null uses a new <see cref="ConversationRunner"/>.</param>
        /// <exception cref="ArgumentNullException"><paramref name="service"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxConcurrency"/> is below 1.</exception>
        public ConversePipeline(IBedrockService service, int maxConcurrency, CancellationToken cancellationToken, ConversationRunner? runner = null)
        {
            this.service = service ?? throw new ArgumentNullException(nameof(service));
            rows = new ConverseRowRunner(this.service, runner ?? new ConversationRunner());
            stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            batch = new OrderedBatch<PipelineRow, RowAnswer>(RunRowAsync, maxConcurrency, stop.Token);
        }

        /// <summary>Most rows in flight at once.</summary>
        public int MaxConcurrency => batch.MaxConcurrency;

        /// <summary>Rows given to the pipeline so far.</summary>
        public int Submitted => nextIndex;

        /// <summary>Rows started and not yet handed back by <see cref="AddAsync"/> or <see cref="DrainAsync"/>.</summary>
        public int InFlight => batch.PendingCount;

        /// <summary>Runs one row to its end, alone. Cancellation of the pipeline is the only exception.</summary>
        public async Task<ConverseRowResult> RunAsync(ConverseCallRequest request)
        {
            PipelineRow row = Prepare(request, refusal: null);
            if (row.Refusal != null) return new ConverseRowResult(row.Index, request, null, null, row.Refusal);
            try
            {
                RowAnswer answer = await rows.RunAsync(request, row.Input!, stop.Token).ConfigureAwait(false);
                return new ConverseRowResult(row.Index, request, answer.Outcome, answer.Data, null);
            }
            catch (Exception ex) when (!stop.IsCancellationRequested)
            {
                return new ConverseRowResult(row.Index, request, null, null, ex);
            }
        }

        /// <summary>
        /// Starts a row as soon as a slot is free and returns the rows finished by then, in order. A row refused by the
        /// caller (<paramref name="refusal"/>) takes its place in the order without sending anything.
        /// </summary>
        public async Task<IReadOnlyList<ConverseRowResult>> AddAsync(ConverseCallRequest request, Exception? refusal = null)
        {
            ThrowIfDisposed();
            PipelineRow row = Prepare(request, refusal);
            Conversation? session = row.Input?.Session;
            if (session != null)
            {
                if (sessionTails.TryGetValue(session, out Task? previous)) row.After = previous;
                sessionTails[session] = row.Done.Task;
            }
            return ToResults(await batch.AddAsync(row).ConfigureAwait(false));
        }

        /// <summary>Waits for the rows still in flight and yields them in order.</summary>
        public async IAsyncEnumerable<ConverseRowResult> DrainAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            ThrowIfDisposed();
            await foreach (BatchResult<PipelineRow, RowAnswer> result in batch.DrainAsync().ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return ToResult(result);
            }
            stop.Token.ThrowIfCancellationRequested();
        }

        /// <summary>Cancels every row in flight; nothing more is sent.</summary>
        public void Dispose()
        {
            if (disposed) return;
            disposed = true;
            stop.Cancel();
            batch.Dispose();
            stop.Dispose();
        }

        private PipelineRow Prepare(ConverseCallRequest request, Exception? refusal)
        {
            if (request == null) throw new ArgumentNullException(nameof(request));
            var row = new PipelineRow(nextIndex++, request);
            if (refusal != null)
            {
                row.Refusal = refusal;
                return row;
            }
            try
            {
                row.Input = ConverseRequestBuilder.Build(request);
            }
            catch (InvalidRequestException ex)
            {
                row.Refusal = ex;
            }
            catch (StructuredOutput.StructuredOutputException ex)
            {
                row.Refusal = ex;
            }
            catch (System.IO.IOException ex)
            {
                row.Refusal = ex;
            }
            catch (UnauthorizedAccessException ex)
            {
                row.Refusal = ex;
            }
            return row;
        }

        private async Task<RowAnswer> RunRowAsync(PipelineRow row, CancellationToken cancellationToken)
        {
            try
            {
                if (row.Refusal != null) throw row.Refusal;
                if (row.After != null)
                {
                    // The previous turn of this conversation must be committed (or have failed) before this one reads it.
                    try { await row.After.ConfigureAwait(false); }
                    catch (Exception) { }
                }
                return await rows.RunAsync(row.Request, row.Input!, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                row.Done.TrySetResult(true);
            }
        }

        private static IReadOnlyList<ConverseRowResult> ToResults(IReadOnlyList<BatchResult<PipelineRow, RowAnswer>> results)
        {
            if (results.Count == 0) return Array.Empty<ConverseRowResult>();
            var converted = new ConverseRowResult[results.Count];
            for (int i = 0; i < results.Count; i++) converted[i] = ToResult(results[i]);
            return converted;
        }

        private static ConverseRowResult ToResult(BatchResult<PipelineRow, RowAnswer> result) =>
            new ConverseRowResult(result.Input.Index, result.Input.Request, result.Value?.Outcome, result.Value?.Data, result.Error);

        private void ThrowIfDisposed()
        {
            if (disposed) throw new ObjectDisposedException(nameof(ConversePipeline));
        }

        /// <summary>A row between intake and hand-back.</summary>
        private sealed class PipelineRow
        {
            public PipelineRow(int index, ConverseCallRequest request)
            {
                Index = index;
                Request = request;
            }

            public int Index { get; }

            public ConverseCallRequest Request { get; }

            public ConversationInput? Input { get; set; }

            public Exception? Refusal { get; set; }

            /// <summary>The previous row of the same conversation, which this one waits for.</summary>
            public Task? After { get; set; }

            public TaskCompletionSource<bool> Done { get; } = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }
}
