using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace BedrockPS.Core.Transport
{
    /// <summary>
    /// Reads a whole (non-streamed) response body, refusing one larger than any Bedrock answer can be before
    /// buffering it: a length announced up front fails at once, a chunked body fails when it crosses the limit.
    /// </summary>
    internal static class ResponseBody
    {
        /// <summary>Far above real answers (InvokeModel bodies are capped at 25 MB), far below memory trouble.</summary>
        public const long MaxBytes = 256L * 1024 * 1024;

        private const int ChunkBytes = 16384;

        public static async Task<byte[]> ReadAsync(HttpResponseMessage response, string operation, string? requestId, CancellationToken cancellationToken)
        {
            var announced = response.Content.Headers.ContentLength;
            if (announced > MaxBytes)
            {
                throw TooLarge(operation, announced.Value, requestId);
            }
            using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            if (announced.HasValue)
            {
                return await ReadAnnouncedAsync(body, (int)announced.Value, operation, requestId, cancellationToken).ConfigureAwait(false);
            }
            using var buffer = new MemoryStream();
            // Pooled: a fresh 80 KB buffer per call was most of what a small Converse call allocated.
            var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
            try
            {
                while (true)
                {
                    int read = await body.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }
                    if (buffer.Length + read > MaxBytes)
                    {
                        throw TooLarge(operation, buffer.Length + read, requestId);
                    }
                    buffer.Write(chunk, 0, read);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }
            return buffer.ToArray();
        }

        /// <summary>A body of announced length is read straight into an array of that size (one copy, no growth).</summary>
        private static async Task<byte[]> ReadAnnouncedAsync(Stream body, int length, string operation, string? requestId, CancellationToken cancellationToken)
        {
            var result = new byte[length];
            int filled = 0;
            while (filled < length)
            {
                int read = await body.ReadAsync(result, filled, length - filled, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    // Shorter than announced: keep what came, as the buffered read did.
                    Array.Resize(ref result, filled);
                    return result;
                }
                filled += read;
            }
            // Longer than announced would be a broken server; HttpClient already stops at Content-Length.
            return result;
        }

        private static BedrockServiceException TooLarge(string operation, long size, string? requestId)
        {
            return new BedrockServiceException(
                BedrockErrorCodes.InvalidResponse,
                $"{operation}: the response body ({size:N0} bytes) is larger than the {MaxBytes / (1024 * 1024)} MiB limit; it was not read.")
            {
                RequestId = requestId,
            };
        }
    }
}
