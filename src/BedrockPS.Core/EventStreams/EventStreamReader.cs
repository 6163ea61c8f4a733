using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;
using Amazon.Runtime.EventStreams;
using BedrockPS.Core.Errors;
using BedrockPS.Core.Transport;

namespace BedrockPS.Core.EventStreams
{
    /// <summary>
    /// Turns an event-stream body into (event type, JSON payload) pairs, one per frame as soon as it arrives.
    /// In-stream exceptions and errors become <see cref="BedrockServiceException"/> with the same codes as HTTP
    /// errors; cuts, bad checksums and stalls become StreamInterrupted.
    /// </summary>
    internal static class EventStreamReader
    {
        public static async IAsyncEnumerable<StreamEvent> ReadAsync(
            Stream body, TimeSpan idleTimeout, string? requestId, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var reader = new EventStreamFrameReader(body, idleTimeout);
            while (true)
            {
                EventStreamMessage? message;
                try
                {
                    message = await reader.ReadNextAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                catch (EventStreamFormatException exception)
                {
                    throw Interrupted("The response stream is corrupted: " + exception.Message, exception, requestId);
                }
                catch (StreamIdleException exception)
                {
                    throw Interrupted("The response stream stalled: " + exception.Message, exception, requestId);
                }
                catch (Exception exception) when (exception is IOException || exception is HttpRequestException || exception is ObjectDisposedException || exception is OperationCanceledException)
                {
                    throw Interrupted("The response stream was cut: " + exception.Message, exception, requestId);
                }
                if (message == null)
                {
                    yield break;
                }

                var messageType = HeaderText(message, ":message-type") ?? "event";
                switch (messageType)
                {
                    case "event":
                        yield return new StreamEvent(HeaderText(message, ":event-type") ?? "", message.Payload ?? Array.Empty<byte>());
                        break;
                    case "exception":
                        throw Classified(ServiceErrorParser.FromStreamException(HeaderText(message, ":exception-type") ?? "", message.Payload ?? Array.Empty<byte>(), requestId));
                    case "error":
                        throw Classified(ServiceErrorParser.FromStreamError(HeaderText(message, ":error-code"), HeaderText(message, ":error-message"), requestId));
                    default:
                        break; // unknown message types are skipped, as new event types are
                }
            }
        }

        /// <summary>
        /// Marks whether the error would be worth a new call (a throttled stream, say). The client itself never
        /// re-sends a stream that has started; this tells callers such as batch runners what they may do.
        /// </summary>
        private static BedrockServiceException Classified(BedrockServiceException error)
        {
            error.IsRetryable = RetryPolicy.IsRetryable(error);
            return error;
        }

        public static BedrockServiceException Interrupted(string message, Exception? cause, string? requestId)
        {
            return new BedrockServiceException(BedrockErrorCodes.StreamInterrupted, message, 0, cause)
            {
                RequestId = requestId,
                // Retrying here would re-send a request whose answer was partly delivered.
                IsRetryable = false,
            };
        }

        private static string? HeaderText(EventStreamMessage message, string name)
        {
            if (message.Headers != null && message.Headers.TryGetValue(name, out var header))
            {
                try
                {
                    return header.AsString();
                }
                catch (Exception)
                {
                    return null;
                }
            }
            return null;
        }
    }
}
