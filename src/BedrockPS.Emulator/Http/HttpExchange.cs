using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace BedrockPS.Emulator.Http
{
    /// <summary>
    /// The response side of one request: a whole response with Content-Length, or a chunked one written piece by piece
    /// and flushed each time (event streams). Also gives the raw control faults need: reset, or stop writing.
    /// </summary>
    internal sealed class HttpExchange
    {
        private static readonly byte[] CrLf = { (byte)'\r', (byte)'\n' };
        private readonly Socket _socket;
        private readonly Stream _stream;
        private bool _started;

        public HttpExchange(Socket socket, Stream stream, CancellationToken stopping)
        {
            _socket = socket;
            _stream = stream;
            Stopping = stopping;
        }

        /// <summary>Cancelled when the emulator stops.</summary>
        public CancellationToken Stopping { get; }

        /// <summary>Set when the connection must not be reused after this exchange.</summary>
        public bool CloseConnection { get; private set; }

        public bool ResponseStarted => _started;

        public async Task SendAsync(int status, IEnumerable<KeyValuePair<string, string>> headers, byte[] body)
        {
            var head = new StringBuilder();
            AppendHead(head, status, headers);
            head.Append("Content-Length: ").Append(body.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n\r\n");
            byte[] headBytes = Encoding.ASCII.GetBytes(head.ToString());
            _started = true;
            await _stream.WriteAsync(headBytes, 0, headBytes.Length, Stopping).ConfigureAwait(false);
            if (body.Length > 0)
            {
                await _stream.WriteAsync(body, 0, body.Length, Stopping).ConfigureAwait(false);
            }
            await _stream.FlushAsync(Stopping).ConfigureAwait(false);
        }

        /// <summary>
        /// A response whose body is copied from <paramref name="body"/> (<paramref name="length"/> bytes) without holding
        /// it whole; a null body sends the head only, as HEAD answers do.
        /// </summary>
        public async Task SendStreamAsync(int status, IEnumerable<KeyValuePair<string, string>> headers, Stream? body, long length)
        {
            var head = new StringBuilder();
            AppendHead(head, status, headers);
            head.Append("Content-Length: ").Append(length.ToString(CultureInfo.InvariantCulture)).Append("\r\n\r\n");
            byte[] headBytes = Encoding.ASCII.GetBytes(head.ToString());
            _started = true;
            await _stream.WriteAsync(headBytes, 0, headBytes.Length, Stopping).ConfigureAwait(false);
            if (body != null)
            {
                var buffer = new byte[81920];
                long left = length;
                while (left > 0)
                {
                    int read = await body.ReadAsync(buffer, 0, (int)Math.Min(buffer.Length, left), Stopping).ConfigureAwait(false);
                    if (read == 0)
                    {
                        throw new EndOfStreamException("The stored object is shorter than its recorded length.");
                    }
                    await _stream.WriteAsync(buffer, 0, read, Stopping).ConfigureAwait(false);
                    left -= read;
                }
            }
            await _stream.FlushAsync(Stopping).ConfigureAwait(false);
        }

        public async Task BeginChunkedAsync(int status, IEnumerable<KeyValuePair<string, string>> headers)
        {
            var head = new StringBuilder();
            AppendHead(head, status, headers);
            head.Append("Transfer-Encoding: chunked\r\n\r\n");
            byte[] headBytes = Encoding.ASCII.GetBytes(head.ToString());
            _started = true;
            await _stream.WriteAsync(headBytes, 0, headBytes.Length, Stopping).ConfigureAwait(false);
            await _stream.FlushAsync(Stopping).ConfigureAwait(false);
        }

        /// <summary>Writes one HTTP chunk and flushes it, so the client sees each event as it is produced.</summary>
        public async Task WriteChunkAsync(byte[] data)
        {
            if (data.Length == 0)
            {
                return;
            }
            byte[] size = Encoding.ASCII.GetBytes(data.Length.ToString("x", CultureInfo.InvariantCulture) + "\r\n");
            var chunk = new byte[size.Length + data.Length + 2];
            Buffer.BlockCopy(size, 0, chunk, 0, size.Length);
            Buffer.BlockCopy(data, 0, chunk, size.Length, data.Length);
            Buffer.BlockCopy(CrLf, 0, chunk, size.Length + data.Length, 2);
            await _stream.WriteAsync(chunk, 0, chunk.Length, Stopping).ConfigureAwait(false);
            await _stream.FlushAsync(Stopping).ConfigureAwait(false);
        }

        public async Task EndChunkedAsync()
        {
            byte[] last = Encoding.ASCII.GetBytes("0\r\n\r\n");
            await _stream.WriteAsync(last, 0, last.Length, Stopping).ConfigureAwait(false);
            await _stream.FlushAsync(Stopping).ConfigureAwait(false);
        }

        /// <summary>Drops the connection with a TCP reset: the client sees the connection die, not a clean end.</summary>
        public void Reset()
        {
            CloseConnection = true;
            try
            {
                _socket.LingerState = new LingerOption(true, 0);
                _socket.Close();
            }
            catch (ObjectDisposedException)
            {
            }
            catch (SocketException)
            {
            }
        }

        public void MarkClose() => CloseConnection = true;

        /// <summary>Holds the connection open without writing until the client gives up or the emulator stops.</summary>
        public async Task StallAsync(TimeSpan limit)
        {
            CloseConnection = true;
            var until = DateTime.UtcNow + limit;
            try
            {
                // Poll so a client that gives up frees the connection at once instead of after the limit.
                while (DateTime.UtcNow < until && !PeerClosed())
                {
                    await Task.Delay(200, Stopping).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
            }
        }

        private bool PeerClosed()
        {
            try
            {
                return _socket.Poll(0, SelectMode.SelectRead) && _socket.Available == 0;
            }
            catch (Exception ex) when (ex is SocketException || ex is ObjectDisposedException)
            {
                return true;
            }
        }

        private void AppendHead(StringBuilder head, int status, IEnumerable<KeyValuePair<string, string>> headers)
        {
            head.Append("HTTP/1.1 ").Append(status.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(ReasonPhrase(status)).Append("\r\n");
            head.Append("Date: ").Append(DateTime.UtcNow.ToString("r", CultureInfo.InvariantCulture)).Append("\r\n");
            foreach (var header in headers)
            {
                head.Append(header.Key).Append(": ").Append(header.Value).Append("\r\n");
            }
            head.Append(CloseConnection ? "Connection: close\r\n" : "Connection: keep-alive\r\n");
        }

        private static string ReasonPhrase(int status)
        {
            switch (status)
            {
                case 200: return "OK";
                case 400: return "Bad Request";
                case 403: return "Forbidden";
                case 404: return "Not Found";
                case 405: return "Method Not Allowed";
                case 408: return "Request Timeout";
                case 413: return "Payload Too Large";
                case 431: return "Request Header Fields Too Large";
                case 424: return "Failed Dependency";
                case 429: return "Too Many Requests";
                case 500: return "Internal Server Error";
                case 503: return "Service Unavailable";
                default: return "Status";
            }
        }
    }
}
