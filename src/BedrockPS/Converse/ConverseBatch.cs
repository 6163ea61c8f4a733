using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Cmdlets;
using BedrockPS.Core;
using BedrockPS.Core.Batching;
using BedrockPS.Core.Conversations;
using BedrockPS.Infrastructure;

namespace BedrockPS.Converse
{
    /// <summary>
    /// Runs the prompts of a pipeline with up to -ThrottleLimit requests in flight (Core's OrderedBatch), writing
    /// each result in input order as soon as it and everything before it are done, with progress. A failed row
    /// becomes one non-terminating error targeting that row; the others go on.
    /// A row still throttled after the client's own retries runs again after a pause, as long as other rows are being
    /// answered (one in the last 5 s): with many rows in flight against a rate limit, the client's retry quota (shared by all its calls) runs
    /// dry long before the batch does, yet every row would be answered a moment later. When nothing gets through, the
    /// row fails as before. Rows that run PowerShell tools are not run again (no repeated side effects).
    /// </summary>
    internal sealed class ConverseBatch : IDisposable
    {
        private const int ProgressActivityId = 7341;
        private const int MaxThrottledRuns = 20;  // each run is itself up to the client's max attempts
        private static readonly TimeSpan ThrottledPause = TimeSpan.FromMilliseconds(500);
        private static readonly TimeSpan ProgressWindow = TimeSpan.FromSeconds(5);

        private readonly InvokeBedrockConverseCommand _cmdlet;
        private readonly PipelinePump _pump;
        private readonly OrderedBatch<ConverseCall, ConversationOutcome> _batch;
        private readonly ConversationRunner _runner = new ConversationRunner();
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _lastAnsweredAt = -1;
        private int _added;
        private int _done;
        private int? _total;

        public ConverseBatch(InvokeBedrockConverseCommand cmdlet, PipelinePump pump, int throttleLimit, CancellationToken cancellationToken)
        {
            _cmdlet = cmdlet;
            _pump = pump;
            _batch = new OrderedBatch<ConverseCall, ConversationOutcome>(RunRowAsync, throttleLimit, cancellationToken);
        }

        /// <summary>Starts a row (waiting, while pumping, if the window is full) and writes whatever is ready. Pipeline thread.</summary>
        public void Add(ConverseCall call)
        {
            _added++;
            IReadOnlyList<BatchResult<ConverseCall, ConversationOutcome>> ready = _cmdlet.RunOnPump(ct => _batch.AddAsync(call));
            Write(ready);
            ShowProgress();
        }

        /// <summary>All rows are in: waits for the rest, writing each as it completes. Pipeline thread.</summary>
        public void Complete()
        {
            _total = _added;
            ShowProgress();
            _cmdlet.RunOnPump(async ct =>
            {
                await foreach (BatchResult<ConverseCall, ConversationOutcome> result in _batch.DrainAsync().ConfigureAwait(false))
                {
                    ct.ThrowIfCancellationRequested();
                    _pump.Post(() =>
                    {
                        Write(new[] { result });
                        ShowProgress();
                    });
                }
                return true;
            });
            _cmdlet.WriteProgress(new ProgressRecord(ProgressActivityId, "Invoke-BedrockConverse", "Done") { RecordType = ProgressRecordType.Completed });
        }

        private async Task<ConversationOutcome> RunRowAsync(ConverseCall call, CancellationToken cancellationToken)
        {
            var jitter = new Random(call.Index);
            for (int run = 1; ; run++)
            {
                try
                {
                    ConversationOutcome outcome = await call.RunAsync(_runner, cancellationToken).ConfigureAwait(false);
                    Interlocked.Exchange(ref _lastAnsweredAt, _clock.ElapsedTicks);
                    return outcome;
                }
                catch (BedrockServiceException ex) when (ex.ErrorCode == BedrockErrorCodes.Throttling && run < MaxThrottledRuns && RowsAreGettingThrough()
                                                         && call.Conversation?.ToolInvoker == null && !cancellationToken.IsCancellationRequested)
                {
                    // Other rows are being answered: the service is rate limiting, not refusing. Full jitter, so the
                    // paused rows do not all come back at the same instant.
                    var pause = TimeSpan.FromMilliseconds(ThrottledPause.TotalMilliseconds * (0.5 + jitter.NextDouble()));
                    string note = string.Format(CultureInfo.InvariantCulture,
                        "Row {0}: still throttled after {1} attempt(s); other rows are getting through, so it runs again in {2:0} ms.",
                        call.Index + 1, ex.Attempts, pause.TotalMilliseconds);
                    _pump.Post(() => _cmdlet.WriteVerbose(note));
                    await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        /// <summary>True when some row was answered within the last few seconds.</summary>
        private bool RowsAreGettingThrough()
        {
            long last = Interlocked.Read(ref _lastAnsweredAt);
            return last >= 0 && _clock.ElapsedTicks - last < ProgressWindow.TotalSeconds * Stopwatch.Frequency;
        }

        public void Dispose()
        {
            _batch.Dispose();
        }

        private void Write(IReadOnlyList<BatchResult<ConverseCall, ConversationOutcome>> results)
        {
            foreach (BatchResult<ConverseCall, ConversationOutcome> result in results)
            {
                _done++;
                if (result.Succeeded) _cmdlet.WriteResult(result.Input, result.Value!);
                else _cmdlet.WriteRowError(result.Error!, result.Input.Input);
            }
        }

        private void ShowProgress()
        {
            string status = _total.HasValue
                ? string.Format(CultureInfo.InvariantCulture, "{0} of {1} rows done", _done, _total.Value)
                : string.Format(CultureInfo.InvariantCulture, "{0} rows done, {1} in flight", _done, _batch.PendingCount);
            var record = new ProgressRecord(ProgressActivityId, "Invoke-BedrockConverse", status);
            if (_total.HasValue && _total.Value > 0) record.PercentComplete = Math.Min(100, _done * 100 / _total.Value);
            _cmdlet.WriteProgress(record);
        }
    }
}
