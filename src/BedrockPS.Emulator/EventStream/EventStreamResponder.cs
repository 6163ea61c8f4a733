using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BedrockPS.Emulator.Json;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.EventStream
{
    /// <summary>
    /// Writes an event-stream response: one chunked HTTP chunk per frame, flushed at once, with the padding member "p",
    /// the configured delay before each delta, and any stream fault fired before the delta it names.
    /// Send methods return false once the stream has ended because of a fault.
    /// </summary>
    internal sealed class EventStreamResponder
    {
        private const string PaddingAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        private static readonly TimeSpan StallLimit = TimeSpan.FromMinutes(5);
        private readonly OperationContext _context;
        private readonly TimeSpan _deltaDelay;
        private readonly Random _padding;
        private int _deltasSent;
        private bool _ended;

        public EventStreamResponder(OperationContext context, TimeSpan deltaDelay)
        {
            _context = context;
            _deltaDelay = deltaDelay;
            _padding = new Random(context.RequestId.GetHashCode());
        }

        public Task BeginAsync(IEnumerable<KeyValuePair<string, string>> extraHeaders)
        {
            var headers = _context.BaseHeaders("application/vnd.amazon.eventstream");
            headers.AddRange(extraHeaders);
            return _context.Exchange.BeginChunkedAsync(200, headers);
        }

        /// <summary>Sends a content delta: waits the stream delay, fires a due fault instead, or sends the event.</summary>
        public async Task<bool> SendDeltaAsync(string eventType, JsonObject payload)
        {
            if (_ended)
            {
                return false;
            }
            if (_deltaDelay > TimeSpan.Zero)
            {
                await Task.Delay(_deltaDelay, _context.Exchange.Stopping).ConfigureAwait(false);
            }
            if (FaultIsDue() && !await FireFaultAsync(eventType, payload).ConfigureAwait(false))
            {
                return false;
            }
            await SendFrameAsync(eventType, payload).ConfigureAwait(false);
            _deltasSent++;
            return true;
        }

        /// <summary>Sends a structural event (start, stop, metadata). A stream fault not yet fired fires before the closing events.</summary>
        public async Task<bool> SendEventAsync(string eventType, JsonObject payload, bool closing = false)
        {
            if (_ended)
            {
                return false;
            }
            if (closing && _context.Fault.IsStreamFault && !await FireFaultAsync(eventType, payload).ConfigureAwait(false))
            {
                return false;
            }
            await SendFrameAsync(eventType, payload).ConfigureAwait(false);
            return true;
        }

        public async Task SendExceptionAsync(string exceptionType, JsonObject payload)
        {
            await _context.Exchange.WriteChunkAsync(EventStreamEncoder.Exception(exceptionType, JsonBody.Bytes(payload))).ConfigureAwait(false);
            await EndAsync().ConfigureAwait(false);
        }

        public async Task EndAsync()
        {
            if (_ended)
            {
                return;
            }
            _ended = true;
            await _context.Exchange.EndChunkedAsync().ConfigureAwait(false);
        }

        private bool FaultIsDue() => _context.Fault.IsStreamFault && _deltasSent >= _context.Fault.AfterEvents;

        private async Task SendFrameAsync(string eventType, JsonObject payload)
        {
            payload["p"] = Padding();
            await _context.Exchange.WriteChunkAsync(EventStreamEncoder.Event(eventType, JsonBody.Bytes(payload))).ConfigureAwait(false);
        }

        /// <summary>Fires the planned stream fault. Returns false: the stream is over (or stalled).</summary>
        private async Task<bool> FireFaultAsync(string eventType, JsonObject nextPayload)
        {
            FaultKind kind = _context.Fault.Kind;
            _context.Fault = FaultSpec.NoFault;
            switch (kind)
            {
                case FaultKind.StreamThrottlingException:
                    await SendExceptionAsync("throttlingException", new JsonObject { ["message"] = "Too many requests, please wait before trying again." }).ConfigureAwait(false);
                    break;
                case FaultKind.StreamModelError:
                    await SendExceptionAsync("modelStreamErrorException", new JsonObject
                    {
                        ["message"] = "The model stream failed while producing a response.",
                        ["originalStatusCode"] = 500,
                        ["originalMessage"] = "Emulated model failure mid-stream.",
                    }).ConfigureAwait(false);
                    break;
                case FaultKind.CutMidStream:
                    _ended = true;
                    _context.Exchange.Reset();
                    break;
                case FaultKind.CorruptFrame:
                    nextPayload["p"] = Padding();
                    byte[] corrupted = EventStreamEncoder.Event(eventType, JsonBody.Bytes(nextPayload));
                    corrupted[corrupted.Length - 1] ^= 0xFF;
                    await _context.Exchange.WriteChunkAsync(corrupted).ConfigureAwait(false);
                    await EndAsync().ConfigureAwait(false);
                    break;
                case FaultKind.TruncatedFrame:
                    nextPayload["p"] = Padding();
                    byte[] whole = EventStreamEncoder.Event(eventType, JsonBody.Bytes(nextPayload));
                    byte[] half = new byte[whole.Length / 2];
                    Buffer.BlockCopy(whole, 0, half, 0, half.Length);
                    await _context.Exchange.WriteChunkAsync(half).ConfigureAwait(false);
                    await EndAsync().ConfigureAwait(false);
                    break;
                case FaultKind.StallStream:
                    _ended = true;
                    await _context.Exchange.StallAsync(StallLimit).ConfigureAwait(false);
                    _context.Exchange.Reset();
                    break;
                default:
                    return true;
            }
            return false;
        }

        private string Padding()
        {
            int length = _padding.Next(1, 48);
            var builder = new StringBuilder(length);
            for (int i = 0; i < length; i++)
            {
                builder.Append(PaddingAlphabet[_padding.Next(PaddingAlphabet.Length)]);
            }
            return builder.ToString();
        }
    }
}
