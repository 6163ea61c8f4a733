using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace BedrockPS.Tests.Reliability
{
    /// <summary>
    /// A loopback HTTP/1.1 server that answers every request with the same hand-made bytes (headers and body), for
    /// responses the emulator cannot be asked to send, such as a frame announcing a 100 MB message. Counts requests.
    /// </summary>
    internal sealed class RawResponseServer : IDisposable
    {
        private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);
        private readonly Func<byte[]> _response;
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private int _requestCount;

        public RawResponseServer(Func<byte[]> response)
        {
            _response = response;
            _listener.Start();
            _ = Task.Run(AcceptLoopAsync);
        }

        public string EndpointUrl => "http://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port;

        public int RequestCount => Volatile.Read(ref _requestCount);

        /// <summary>Status line and headers, a blank line, then the body bytes as given.</summary>
        public static byte[] Http(string statusAndHeaders, byte[] body)
        {
            byte[] head = Encoding.ASCII.GetBytes(statusAndHeaders.Replace("\n", "\r\n") + "\r\n\r\n");
            var all = new byte[head.Length + body.Length];
            Buffer.BlockCopy(head, 0, all, 0, head.Length);
            Buffer.BlockCopy(body, 0, all, head.Length, body.Length);
            return all;
        }

        /// <summary>An event-stream prelude with a correct CRC announcing <paramref name="totalLength"/> bytes.</summary>
        public static byte[] Prelude(uint totalLength, uint headersLength)
        {
            var prelude = new byte[12];
            WriteUInt32(prelude, 0, totalLength);
            WriteUInt32(prelude, 4, headersLength);
            WriteUInt32(prelude, 8, Crc32(prelude, 0, 8));
            return prelude;
        }

        public void Dispose()
        {
            _stopping.Cancel();
            _listener.Stop();
        }

        private async Task AcceptLoopAsync()
        {
            while (!_stopping.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync().ConfigureAwait(false);
                }
                catch (Exception) when (_stopping.IsCancellationRequested)
                {
                    return;
                }
                _ = Task.Run(() => ServeAsync(client));
            }
        }

        private async Task ServeAsync(TcpClient client)
        {
            using (client)
            {
                try
                {
                    NetworkStream stream = client.GetStream();
                    await SkipRequestAsync(stream).ConfigureAwait(false);
                    Interlocked.Increment(ref _requestCount);
                    byte[] response = _response();
                    await stream.WriteAsync(response, 0, response.Length).ConfigureAwait(false);
                    await stream.FlushAsync().ConfigureAwait(false);
                    client.Client.Shutdown(SocketShutdown.Send);
                    // Give the client time to read what was sent before the socket closes.
                    await Task.Delay(200).ConfigureAwait(false);
                }
                catch (IOException)
                {
                }
                catch (SocketException)
                {
                }
            }
        }

        /// <summary>Reads the request head and its Content-Length body.</summary>
        private static async Task SkipRequestAsync(NetworkStream stream)
        {
            var head = new StringBuilder();
            var one = new byte[1];
            while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
            {
                if (await stream.ReadAsync(one, 0, 1).ConfigureAwait(false) == 0) throw new IOException("The client left.");
                head.Append((char)one[0]);
            }
            int length = 0;
            foreach (string line in head.ToString().Split(new[] { "\r\n" }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                    length = int.Parse(line.Substring("Content-Length:".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
            var body = new byte[length];
            int read = 0;
            while (read < length)
            {
                int n = await stream.ReadAsync(body, read, length - read).ConfigureAwait(false);
                if (n == 0) throw new IOException("The client left.");
                read += n;
            }
        }

        private static void WriteUInt32(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)(value >> 24);
            buffer[offset + 1] = (byte)(value >> 16);
            buffer[offset + 2] = (byte)(value >> 8);
            buffer[offset + 3] = (byte)value;
        }

        // Plain bitwise CRC-32 (IEEE, reflected); the event-stream prelude checksum.
        private static uint Crc32(byte[] data, int offset, int count)
        {
            uint crc = 0xFFFFFFFF;
            for (int i = offset; i < offset + count; i++)
            {
                crc ^= data[i];
                for (int bit = 0; bit < 8; bit++)
                    crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
            return ~crc;
        }
    }
}
