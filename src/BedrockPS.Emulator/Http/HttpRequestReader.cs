using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace BedrockPS.Emulator.Http
{
    /// <summary>
    /// Reads HTTP/1.1 requests from one connection: request line, headers, then a Content-Length or chunked body.
    /// Buffered by hand so several requests can follow each other on a kept-alive connection.
    /// </summary>
    internal sealed class HttpRequestReader
    {
        private const int MaxHeaderBytes = 64 * 1024;
        private const int MaxBodyBytes = 26 * 1024 * 1024;
        private static readonly bool ReadsIgnoreCancellation =
            System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);
        private readonly Stream _stream;
        private readonly byte[] _buffer = new byte[16 * 1024];
        private int _start;
        private int _end;

        public HttpRequestReader(Stream stream)
        {
            _stream = stream;
        }

        /// <summary>Returns null when the peer closed the connection cleanly between requests.</summary>
        public Task<HttpRequest?> ReadAsync(CancellationToken cancellation) =>
            ReadAsync(cancellation, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

        /// <summary>
        /// Returns null when the peer closed the connection, or sent nothing for <paramref name="idleTimeout"/>, between
        /// requests. Once a request has started it must arrive whole within <paramref name="requestTimeout"/>, so a
        /// client that trickles bytes cannot hold the connection: it gets a 408 <see cref="HttpProtocolException"/>.
        /// </summary>
        public async Task<HttpRequest?> ReadAsync(CancellationToken stopping, TimeSpan idleTimeout, TimeSpan requestTimeout)
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            bool started = false;
            try
            {
                deadline.CancelAfter(idleTimeout);
                if (_start == _end && !await FillAsync(deadline.Token).ConfigureAwait(false))
                {
                    return null;
                }
                started = true;
                deadline.CancelAfter(requestTimeout);
                return await ReadStartedAsync(deadline.Token, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
            {
                if (!started)
                {
                    return null;
                }
                throw new HttpProtocolException(408, "The request did not arrive in time.");
            }
        }

        private async Task<HttpRequest?> ReadStartedAsync(CancellationToken cancellation, CancellationToken stopping)
        {
            string? requestLine = await ReadLineAsync(cancellation).ConfigureAwait(false);
            while (requestLine != null && requestLine.Length == 0)
            {
                requestLine = await ReadLineAsync(cancellation).ConfigureAwait(false);
            }
            if (requestLine == null)
            {
                return null;
            }
            string[] parts = requestLine.Split(' ');
            if (parts.Length != 3 || !parts[2].StartsWith("HTTP/1.", StringComparison.Ordinal))
            {
                throw new HttpProtocolException(400, "Malformed request line.");
            }

            var headers = new List<KeyValuePair<string, string>>();
            int headerBytes = 0;
            while (true)
            {
                string? line = await ReadLineAsync(cancellation).ConfigureAwait(false);
                if (line == null)
                {
                    throw new EndOfStreamException("Connection closed inside the headers.");
                }
                if (line.Length == 0)
                {
                    break;
                }
                headerBytes += line.Length;
                if (headerBytes > MaxHeaderBytes)
                {
                    throw new HttpProtocolException(431, "The request headers are larger than " + MaxHeaderBytes + " bytes.");
                }
                int colon = line.IndexOf(':');
                if (colon <= 0)
                {
                    throw new HttpProtocolException(400, "Malformed header line.");
                }
                headers.Add(new KeyValuePair<string, string>(line.Substring(0, colon).Trim(), line.Substring(colon + 1).Trim()));
            }

            var request = new HttpRequest(parts[0], parts[1], headers, Array.Empty<byte>());
            if (string.Equals(request.Header("Expect"), "100-continue", StringComparison.OrdinalIgnoreCase))
            {
                // .NET Framework clients (Windows PowerShell 5.1) and curl wait for this before sending the body.
                byte[] proceed = Encoding.ASCII.GetBytes("HTTP/1.1 100 Continue\r\n\r\n");
                await _stream.WriteAsync(proceed, 0, proceed.Length, stopping).ConfigureAwait(false);
                await _stream.FlushAsync(stopping).ConfigureAwait(false);
            }
            byte[] body;
            string? transferEncoding = request.Header("Transfer-Encoding");
            if (transferEncoding != null && transferEncoding.IndexOf("chunked", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                body = await ReadChunkedBodyAsync(cancellation).ConfigureAwait(false);
            }
            else
            {
                string? lengthText = request.Header("Content-Length");
                long length = 0;
                if (lengthText != null && !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out length))
                {
                    throw new HttpProtocolException(400, "Bad Content-Length.");
                }
                if (length > MaxBodyBytes)
                {
                    throw new HttpProtocolException(413, "The request body is larger than " + MaxBodyBytes + " bytes.");
                }
                body = await ReadExactAsync((int)length, cancellation).ConfigureAwait(false);
            }
            return new HttpRequest(parts[0], parts[1], headers, body);
        }

        private async Task<byte[]> ReadChunkedBodyAsync(CancellationToken cancellation)
        {
            using var body = new MemoryStream();
            while (true)
            {
                string? sizeLine = await ReadLineAsync(cancellation).ConfigureAwait(false) ?? throw new EndOfStreamException("Connection closed inside a chunked body.");
                int semicolon = sizeLine.IndexOf(';');
                string sizeText = (semicolon < 0 ? sizeLine : sizeLine.Substring(0, semicolon)).Trim();
                if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int size) || size < 0)
                {
                    throw new HttpProtocolException(400, "Bad chunk size.");
                }
                if (body.Length + size > MaxBodyBytes)
                {
                    throw new HttpProtocolException(413, "The request body is larger than " + MaxBodyBytes + " bytes.");
                }
                if (size == 0)
                {
                    // Trailers, if any, end with an empty line.
                    while (true)
                    {
                        string? trailer = await ReadLineAsync(cancellation).ConfigureAwait(false);
                        if (trailer == null || trailer.Length == 0)
                        {
                            return body.ToArray();
                        }
                    }
                }
                byte[] chunk = await ReadExactAsync(size, cancellation).ConfigureAwait(false);
                body.Write(chunk, 0, chunk.Length);
                await ReadLineAsync(cancellation).ConfigureAwait(false);
            }
        }

        private async Task<byte[]> ReadExactAsync(int count, CancellationToken cancellation)
        {
            var result = new byte[count];
            int copied = 0;
            while (copied < count)
            {
                if (_start == _end && !await FillAsync(cancellation).ConfigureAwait(false))
                {
                    throw new EndOfStreamException("Connection closed inside the body.");
                }
                int take = Math.Min(count - copied, _end - _start);
                Buffer.BlockCopy(_buffer, _start, result, copied, take);
                _start += take;
                copied += take;
            }
            return result;
        }

        private async Task<string?> ReadLineAsync(CancellationToken cancellation)
        {
            var line = new StringBuilder();
            while (true)
            {
                if (_start == _end && !await FillAsync(cancellation).ConfigureAwait(false))
                {
                    return line.Length == 0 ? null : throw new EndOfStreamException("Connection closed inside a line.");
                }
                while (_start < _end)
                {
                    byte b = _buffer[_start++];
                    if (b == (byte)'\n')
                    {
                        if (line.Length > 0 && line[line.Length - 1] == '\r')
                        {
                            line.Length--;
                        }
                        return line.ToString();
                    }
                    line.Append((char)b);
                    if (line.Length > MaxHeaderBytes)
                    {
                        throw new HttpProtocolException(431, "A request line or header is longer than " + MaxHeaderBytes + " bytes.");
                    }
                }
            }
        }

        private async Task<bool> FillAsync(CancellationToken cancellation)
        {
            _start = 0;
            Task<int> read = _stream.ReadAsync(_buffer, 0, _buffer.Length, cancellation);
            if (ReadsIgnoreCancellation && !read.IsCompleted)
            {
                // .NET Framework's NetworkStream ignores the token, so the timeouts race the read there; the server
                // closes the socket afterwards, which ends the abandoned read.
                var cancelled = new TaskCompletionSource<int>();
                using (cancellation.Register(() => cancelled.TrySetCanceled()))
                {
                    if (await Task.WhenAny(read, cancelled.Task).ConfigureAwait(false) != read)
                    {
                        _ = read.ContinueWith(t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted);
                        cancellation.ThrowIfCancellationRequested();
                    }
                }
            }
            _end = await read.ConfigureAwait(false);
            return _end > 0;
        }
    }
}
