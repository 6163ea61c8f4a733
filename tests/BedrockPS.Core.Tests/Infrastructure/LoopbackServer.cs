using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace BedrockPS.Core.Tests.Infrastructure
{
    /// <summary>
    /// A small HTTP/1.1 server on 127.0.0.1 (free port) built on raw sockets, so tests control every byte:
    /// chunked streaming in pieces, stalls, and connections cut mid-body. Stops itself when disposed.
    /// </summary>
    public sealed class LoopbackServer : IDisposable
    {
        private readonly TcpListener listener;
        private readonly Func<RecordedRequest, ResponseWriter, Task> handler;
        private readonly CancellationTokenSource stopping = new CancellationTokenSource();
        private readonly ConcurrentBag<TcpClient> connections = new ConcurrentBag<TcpClient>();
        private readonly Task acceptLoop;

        public LoopbackServer(Func<RecordedRequest, ResponseWriter, Task> handler)
        {
            this.handler = handler;
            listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            Url = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");
            acceptLoop = Task.Run(AcceptLoopAsync);
        }

        public Uri Url { get; }

        public ConcurrentQueue<RecordedRequest> Requests { get; } = new ConcurrentQueue<RecordedRequest>();

        public int RequestCount => Requests.Count;

        private async Task AcceptLoopAsync()
        {
            while (!stopping.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await listener.AcceptTcpClientAsync(stopping.Token);
                }
                catch (Exception)
                {
                    return;
                }
                // Without this, Nagle's algorithm and delayed ACKs add ~40 ms to every response written in two parts.
                client.NoDelay = true;
                connections.Add(client);
                _ = Task.Run(() => ServeConnectionAsync(client));
            }
        }

        private async Task ServeConnectionAsync(TcpClient client)
        {
            using (client)
            {
                var stream = client.GetStream();
                try
                {
                    while (!stopping.IsCancellationRequested)
                    {
                        var request = await ReadRequestAsync(stream);
                        if (request == null)
                        {
                            return;
                        }
                        Requests.Enqueue(request);
                        var writer = new ResponseWriter(stream, client);
                        await handler(request, writer);
                        if (!writer.Completed)
                        {
                            await writer.EndAsync();
                        }
                        if (writer.ConnectionClosed)
                        {
                            return;
                        }
                    }
                }
                catch (Exception)
                {
                    // The client went away or the test cut the connection.
                }
            }
        }

        private async Task<RecordedRequest?> ReadRequestAsync(NetworkStream stream)
        {
            var head = new MemoryStream();
            var one = new byte[1];
            int matched = 0;
            while (matched < 4)
            {
                int read = await stream.ReadAsync(one, 0, 1, stopping.Token);
                if (read == 0)
                {
                    return null;
                }
                head.WriteByte(one[0]);
                matched = (one[0] == '\r' && (matched == 0 || matched == 2)) || (one[0] == '\n' && (matched == 1 || matched == 3)) ? matched + 1 : (one[0] == '\r' ? 1 : 0);
            }
            var lines = Encoding.ASCII.GetString(head.ToArray()).Split("\r\n");
            var requestLine = lines[0].Split(' ');
            var request = new RecordedRequest { Method = requestLine[0], RawTarget = requestLine[1] };
            for (int i = 1; i < lines.Length; i++)
            {
                if (lines[i].Length == 0)
                {
                    continue;
                }
                int colon = lines[i].IndexOf(':');
                request.Headers[lines[i].Substring(0, colon).Trim()] = lines[i].Substring(colon + 1).Trim();
            }
            if (request.Headers.TryGetValue("Content-Length", out var lengthText) && int.TryParse(lengthText, out var length) && length > 0)
            {
                var body = new byte[length];
                int total = 0;
                while (total < length)
                {
                    int read = await stream.ReadAsync(body, total, length - total, stopping.Token);
                    if (read == 0)
                    {
                        return null;
                    }
                    total += read;
                }
                request.Body = body;
            }
            return request;
        }

        public void Dispose()
        {
            stopping.Cancel();
            listener.Stop();
            foreach (var connection in connections)
            {
                try
                {
                    connection.Client.Close(0);
                }
                catch (Exception)
                {
                }
            }
            try
            {
                acceptLoop.Wait(TimeSpan.FromSeconds(5));
            }
            catch (Exception)
            {
            }
        }
    }
}
