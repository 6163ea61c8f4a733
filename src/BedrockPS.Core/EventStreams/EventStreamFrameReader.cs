using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime.EventStreams;
using BedrockPS.Checksums;

namespace BedrockPS.Core.EventStreams
{
    /// <summary>
    /// Reads event-stream messages one at a time from a response body, as they arrive. The prelude CRC is checked
    /// here before its length is trusted; AWSSDK.Core's EventStreamMessage then checks the message CRC and parses
    /// the headers. Each message is read into its own array because EventStreamMessage.FromBuffer misreports
    /// checksums when given a non-zero offset (AWSSDK.Core 4.1.0).
    /// </summary>
    internal sealed class EventStreamFrameReader
    {
        private const int PreludeLength = 12;
        private const int MinimumMessageLength = 16;

        // Clients must not enforce the server-side payload limit, but a length this large can only be corruption
        // that slipped past the prelude CRC; refusing it avoids a huge allocation.
        private const int MaximumMessageLength = 64 * 1024 * 1024;

        private readonly Stream body;
        private readonly TimeSpan idleTimeout;

        public EventStreamFrameReader(Stream body, TimeSpan idleTimeout)
        {
            this.body = body;
            this.idleTimeout = idleTimeout;
        }

        /// <summary>The next message, or null when the body ended cleanly between two messages.</summary>
        public async Task<EventStreamMessage?> ReadNextAsync(CancellationToken cancellationToken)
        {
            var prelude = new byte[PreludeLength];
            int preludeRead = await ReadFullyAsync(prelude, 0, PreludeLength, cancellationToken).ConfigureAwait(false);
            if (preludeRead == 0)
            {
                return null;
            }
            if (preludeRead < PreludeLength)
            {
                throw new EventStreamFormatException("The stream ended inside a message prelude.");
            }

            uint totalLength = ReadUInt32(prelude, 0);
            uint headersLength = ReadUInt32(prelude, 4);
            uint preludeCrc = ReadUInt32(prelude, 8);
            if (Crc32.Compute(prelude, 0, 8) != preludeCrc)
            {
                throw new EventStreamFormatException("Prelude checksum mismatch.");
            }
            if (totalLength < MinimumMessageLength || totalLength > MaximumMessageLength || headersLength > totalLength - MinimumMessageLength)
            {
                throw new EventStreamFormatException($"Invalid message length {totalLength} (headers {headersLength}).");
            }

            var message = new byte[totalLength];
            Buffer.BlockCopy(prelude, 0, message, 0, PreludeLength);
            int rest = (int)totalLength - PreludeLength;
            int restRead = await ReadFullyAsync(message, PreludeLength, rest, cancellationToken).ConfigureAwait(false);
            if (restRead < rest)
            {
                throw new EventStreamFormatException("The stream ended inside a message.");
            }

            uint messageCrc = ReadUInt32(message, (int)totalLength - 4);
            if (Crc32.Compute(message, 0, (int)totalLength - 4) != messageCrc)
            {
                throw new EventStreamFormatException("Message checksum mismatch.");
            }

            try
            {
                return EventStreamMessage.FromBuffer(message, 0, message.Length);
            }
            catch (Exception exception) when (!(exception is OperationCanceledException))
            {
                throw new EventStreamFormatException("Malformed message headers: " + exception.Message);
            }
        }

        private async Task<int> ReadFullyAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            int total = 0;
            while (total < count)
            {
                int read = await ReadWithIdleTimeoutAsync(buffer, offset + total, count - total, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }
                total += read;
            }
            return total;
        }

        private async Task<int> ReadWithIdleTimeoutAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            var read = body.ReadAsync(buffer, offset, count, cancellationToken);
            if (read.IsCompleted || idleTimeout == System.Threading.Timeout.InfiniteTimeSpan)
            {
                return await read.ConfigureAwait(false);
            }
            // A timer race rather than a cancelled read: .NET Framework's response streams ignore read cancellation.
            // The caller disposes the response on failure, which ends the abandoned read.
            using (var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                var idle = Task.Delay(idleTimeout, timer.Token);
                var first = await Task.WhenAny(read, idle).ConfigureAwait(false);
                if (first == read)
                {
                    timer.Cancel();
                    return await read.ConfigureAwait(false);
                }
                _ = read.ContinueWith(t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted);
                cancellationToken.ThrowIfCancellationRequested();
                throw new StreamIdleException(idleTimeout, null);
            }
        }

        private static uint ReadUInt32(byte[] buffer, int offset)
        {
            return ((uint)buffer[offset] << 24) | ((uint)buffer[offset + 1] << 16) | ((uint)buffer[offset + 2] << 8) | buffer[offset + 3];
        }
    }
}
