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

        public static async Task<byte[]> ReadAsync(HttpResponseMessage response, string operation, string? requestId, CancellationToken cancellationToken)
        {
            var announced = response.Content.Headers.ContentLength;
            if (announced > MaxBytes)
            {
                throw TooLarge(operation, announced.Value, requestId);
            }
            using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            using var buffer = announced.HasValue ? new MemoryStream((int)announced.Value) : new MemoryStream();
            var chunk = new byte[81920];
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
            return buffer.ToArray();
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
