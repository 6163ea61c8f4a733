using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Cmdlets;
using BedrockPS.Core.Batching;
using BedrockPS.Core.Conversations;
using BedrockPS.Infrastructure;

namespace BedrockPS.Converse
{
    /// <summary>
    /// Runs the prompts of a pipeline with up to -ThrottleLimit requests in flight (Core's OrderedBatch), writing
    /// each result in input order as soon as it and everything before it are done, with progress. A failed row
    /// becomes one non-terminating error targeting that row; the others go on.
    /// </summary>
    internal sealed class ConverseBatch : IDisposable
    {
        private const int ProgressActivityId = 7341;

        private readonly InvokeBedrockConverseCommand _cmdlet;
        private readonly PipelinePump _pump;
        private readonly OrderedBatch<ConverseCall, ConversationOutcome> _batch;
        private readonly ConversationRunner _runner = new ConversationRunner();
        private int _added;
        private int _done;
        private int? _total;

        public ConverseBatch(InvokeBedrockConverseCommand cmdlet, PipelinePump pump, int throttleLimit, CancellationToken cancellationToken)
        {
            _cmdlet = cmdlet;
            _pump = pump;
            _batch = new OrderedBatch<ConverseCall, ConversationOutcome>((call, ct) => call.RunAsync(_runner, ct), throttleLimit, cancellationToken);
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
