using System;
using System.Collections.Generic;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace BedrockPS.Core.Tests.Infrastructure
{
    /// <summary>Writes one HTTP/1.1 response, whole or chunk by chunk, or cuts the connection.</summary>
    public sealed class ResponseWriter
    {
        private readonly NetworkStream stream;
        private readonly TcpClient client;
        private bool chunked;
        private bool headWritten;

        internal ResponseWriter(NetworkStream stream, TcpClient client)
        {
            this.stream = stream;
            this.client = client;
        }

        public bool Completed { get; private set; }

        public bool ConnectionClosed { get; private set; }

        public async Task SendAsync(int status, string contentType, byte[] body, IDictionary<string, string>? headers = null)
        {
            var all = new Dictionary<string, string>(headers ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase)
            {
                ["Content-Type"] = contentType,
                ["Content-Length"] = body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            await WriteHeadAsync(status, all);
            await stream.WriteAsync(body);
            await stream.FlushAsync();
            Completed = true;
        }

        public Task SendJsonAsync(int status, string json, IDictionary<string, string>? headers = null)
        {
            return SendAsync(status, "application/json", Encoding.UTF8.GetBytes(json), headers);
        }

        /// <summary>Writes a status line and headers as given, with no body framing of its own.</summary>
        public Task SendRawHeadAsync(int status, IDictionary<string, string> headers) => WriteHeadAsync(status, headers);

        /// <summary>Writes bytes as they are (after <see cref="SendRawHeadAsync"/>).</summary>
        public async Task WriteRawAsync(byte[] data)
        {
            await stream.WriteAsync(data);
            await stream.FlushAsync();
        }

        /// <summary>Starts a chunked response (an event stream, typically).</summary>
        public async Task StartChunkedAsync(int status, string contentType, IDictionary<string, string>? headers = null)
        {
            var all = new Dictionary<string, string>(headers ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase)
            {
                ["Content-Type"] = contentType,
                ["Transfer-Encoding"] = "chunked",
            };
            chunked = true;
            await WriteHeadAsync(status, all);
        }

        public async Task WriteChunkAsync(byte[] data)
        {
            if (data.Length == 0)
            {
                return;
            }
            var size = Encoding.ASCII.GetBytes(data.Length.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "\r\n");
            await stream.WriteAsync(size);
            await stream.WriteAsync(data);
            await stream.WriteAsync(Encoding.ASCII.GetBytes("\r\n"));
            await stream.FlushAsync();
        }

        public async Task EndAsync()
        {
            if (!headWritten)
            {
                await SendAsync(200, "application/json", Array.Empty<byte>());
                return;
            }
            if (chunked && !Completed)
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes("0\r\n\r\n"));
                await stream.FlushAsync();
            }
            Completed = true;
        }

        /// <summary>Closes the socket abruptly, mid-response.</summary>
        public void Cut()
        {
            Completed = true;
            ConnectionClosed = true;
            client.Client.LingerState = new LingerOption(true, 0);
            client.Client.Close(0);
        }

        private async Task WriteHeadAsync(int status, IDictionary<string, string> headers)
        {
            var builder = new StringBuilder();
            builder.Append("HTTP/1.1 ").Append(status).Append(' ').Append(Reason(status)).Append("\r\n");
            foreach (var header in headers)
            {
                builder.Append(header.Key).Append(": ").Append(header.Value).Append("\r\n");
            }
            builder.Append("\r\n");
            await stream.WriteAsync(Encoding.ASCII.GetBytes(builder.ToString()));
            await stream.FlushAsync();
            headWritten = true;
        }

        private static string Reason(int status) => status switch
        {
            200 => "OK",
            400 => "Bad Request",
            403 => "Forbidden",
            404 => "Not Found",
            408 => "Request Timeout",
            424 => "Failed Dependency",
            429 => "Too Many Requests",
            500 => "Internal Server Error",
            503 => "Service Unavailable",
            _ => "Status",
        };
    }
}
