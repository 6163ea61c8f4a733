using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace BedrockPS.Infrastructure
{
    /// <summary>
    /// Runs asynchronous work while the pipeline thread waits inside ProcessRecord/EndProcessing, executing on
    /// that thread every action the work posts. PowerShell only allows Write*, ShouldProcess and running commands
    /// on the pipeline thread, so background code hands those calls here instead of making them itself.
    /// </summary>
    internal sealed class PipelinePump : IDisposable
    {
        private readonly BlockingCollection<Action> _actions = new BlockingCollection<Action>();
        private readonly int _pipelineThreadId;
        private readonly CancellationTokenSource _shutdown = new CancellationTokenSource();
        private bool _disposed;

        public PipelinePump()
        {
            _pipelineThreadId = Environment.CurrentManagedThreadId;
        }

        /// <summary>True when called on the thread that owns this pump (the pipeline thread).</summary>
        public bool IsOnPipelineThread => Environment.CurrentManagedThreadId == _pipelineThreadId;

        /// <summary>Queues an action for the pipeline thread; runs it inline when already on that thread.</summary>
        public void Post(Action action)
        {
            if (action == null) throw new ArgumentNullException(nameof(action));
            if (IsOnPipelineThread)
            {
                action();
                return;
            }
            TryEnqueue(action);
        }

        private bool TryEnqueue(Action action)
        {
            try
            {
                _actions.Add(action);
                return true;
            }
            catch (InvalidOperationException)
            {
                // The pump has been shut down or disposed (pipeline stopped); late posts are dropped on purpose.
                return false;
            }
        }

        /// <summary>Runs a function on the pipeline thread and completes with its result (or exception).</summary>
        public Task<T> InvokeOnPipelineAsync<T>(Func<T> function)
        {
            if (function == null) throw new ArgumentNullException(nameof(function));
            var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (IsOnPipelineThread)
            {
                try { completion.TrySetResult(function()); }
                catch (Exception ex) { completion.TrySetException(ex); }
                return completion.Task;
            }
            // Registered before queueing so a shutdown in between is seen; removed once the call completes, so a
            // long pipeline of tool calls does not pile callbacks onto the shutdown token.
            CancellationTokenRegistration onShutdown;
            try
            {
                onShutdown = _shutdown.Token.Register(() => completion.TrySetCanceled());
            }
            catch (ObjectDisposedException)
            {
                completion.TrySetCanceled();
                return completion.Task;
            }
            completion.Task.ContinueWith(_ => onShutdown.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            bool queued = TryEnqueue(() =>
            {
                try { completion.TrySetResult(function()); }
                catch (Exception ex) { completion.TrySetException(ex); }
            });
            if (!queued) completion.TrySetCanceled();
            return completion.Task;
        }

        /// <summary>
        /// Starts <paramref name="operation"/> on the thread pool and pumps posted actions on the calling
        /// (pipeline) thread until it completes. Cancellation returns at once with OperationCanceledException,
        /// even if the operation is slow to notice it.
        /// </summary>
        public T Run<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken) =>
            Run(operation, cancellationToken, startHere: false);

        /// <summary>
        /// Like <see cref="Run{T}(Func{CancellationToken, Task{T}}, CancellationToken)"/>; with
        /// <paramref name="startHere"/>, the operation's synchronous part (up to its first real await) runs on this
        /// thread instead of crossing to the thread pool and back. Only for operations whose synchronous part cannot
        /// block: Ctrl+C is noticed once it returns.
        /// </summary>
        public T Run<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken, bool startHere)
        {
            if (operation == null) throw new ArgumentNullException(nameof(operation));
            {
                Task<T> task = startHere ? StartHere(operation, cancellationToken) : Task.Run(() => operation(cancellationToken), cancellationToken);
                // Wake the loop when the work ends so it can return without polling.
                task.ContinueWith(_ => TryEnqueue(NoOp), TaskScheduler.Default);
                while (true)
                {
                    DrainPending();
                    if (task.IsCompleted) break;
                    Action next;
                    try
                    {
                        next = _actions.Take(cancellationToken);
                    }
                    catch (OperationCanceledException)
                    {
                        throw new OperationCanceledException(cancellationToken);
                    }
                    next();
                }
                DrainPending();
                return task.GetAwaiter().GetResult();
            }
        }

        private static Task<T> StartHere<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
        {
            if (cancellationToken.IsCancellationRequested) return Task.FromCanceled<T>(cancellationToken);
            try
            {
                return operation(cancellationToken);
            }
            catch (Exception ex)
            {
                // As with Task.Run: a synchronous failure is the task's failure.
                return Task.FromException<T>(ex);
            }
        }

        /// <summary>Runs an operation with no result; see <see cref="Run{T}(Func{CancellationToken, Task{T}}, CancellationToken)"/>.</summary>
        public void Run(Func<CancellationToken, Task> operation, CancellationToken cancellationToken)
        {
            Run<bool>(async ct =>
            {
                await operation(ct).ConfigureAwait(false);
                return true;
            }, cancellationToken);
        }

        /// <summary>Runs whatever actions are queued now, without waiting for more.</summary>
        public void DrainPending()
        {
            while (_actions.TryTake(out Action? action))
            {
                action();
            }
        }

        /// <summary>Refuses further posts; called when the cmdlet ends so late callbacks don't pile up.</summary>
        public void Complete()
        {
            if (_disposed) return;
            _actions.CompleteAdding();
            // Work still waiting for the pipeline thread is told it will never run, so nothing hangs.
            _shutdown.Cancel();
        }

        /// <summary>Completes the pump and releases its queue and shutdown token.</summary>
        public void Dispose()
        {
            if (_disposed) return;
            Complete();
            _disposed = true;
            _actions.Dispose();
            _shutdown.Dispose();
        }

        private static void NoOp()
        {
        }
    }
}
