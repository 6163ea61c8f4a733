using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace BedrockPS.Emulator.Http
{
    /// <summary>
    /// A small HTTP/1.1 server on a loopback TcpListener. Each connection runs its own keep-alive loop;
    /// Stop closes the listener and every open connection.
    /// </summary>
    internal sealed class HttpServer : IDisposable
    {
        private readonly Func<HttpRequest, HttpExchange, Task> _handler;
        private readonly HttpServerLimits _limits;
        private readonly TcpListener _listener;
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private readonly ConcurrentDictionary<int, Socket> _connections = new ConcurrentDictionary<int, Socket>();
        private int _nextConnectionId;
        private Task? _acceptLoop;

        public HttpServer(int port, Func<HttpRequest, HttpExchange, Task> handler, HttpServerLimits limits)
        {
            _handler = handler;
            _limits = limits;
            _listener = new TcpListener(IPAddress.Loopback, port);
        }

        public int Port { get; private set; }

        public void Start()
        {
            // A deep backlog so bursts of concurrent clients are queued, not refused.
            _listener.Start(512);
            Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
            _acceptLoop = Task.Run(AcceptLoopAsync);
        }

        public void Stop()
        {
            if (_stopping.IsCancellationRequested)
            {
                return;
            }
            _stopping.Cancel();
            try
            {
                _listener.Stop();
            }
            catch (SocketException)
            {
            }
            foreach (var socket in _connections.Values)
            {
                CloseQuietly(socket);
            }
            try
            {
                _acceptLoop?.Wait(TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
            }
        }

        public void Dispose()
        {
            Stop();
            _stopping.Dispose();
        }

        private async Task AcceptLoopAsync()
        {
            while (!_stopping.IsCancellationRequested)
            {
                Socket socket;
                try
                {
                    socket = await _listener.AcceptSocketAsync().ConfigureAwait(false);
                }
                catch (Exception) when (_stopping.IsCancellationRequested)
                {
                    return;
                }
                catch (SocketException)
                {
                    continue;
                }
                if (_connections.Count >= _limits.MaxConnections)
                {
                    // Refused with an answer, not left in the backlog: the client can tell "busy" from "down" and retry.
                    _ = Task.Run(() => RefuseAsync(socket));
                    continue;
                }
                int id = Interlocked.Increment(ref _nextConnectionId);
                _connections[id] = socket;
                _ = Task.Run(() => ServeConnectionAsync(id, socket));
            }
        }

        private async Task ServeConnectionAsync(int id, Socket socket)
        {
            try
            {
                socket.NoDelay = true;
                using var stream = new NetworkStream(socket, ownsSocket: false);
                var reader = new HttpRequestReader(stream);
                while (!_stopping.IsCancellationRequested)
                {
                    HttpRequest? request;
                    try
                    {
                        request = await reader.ReadAsync(_stopping.Token, _limits.IdleConnectionTimeout, _limits.RequestReadTimeout).ConfigureAwait(false);
                    }
                    catch (HttpProtocolException refused)
                    {
                        await AnswerAndCloseAsync(socket, stream, refused.Status, refused.Message).ConfigureAwait(false);
                        break;
                    }
                    if (request == null)
                    {
                        break;
                    }
                    var exchange = new HttpExchange(socket, stream, _stopping.Token);
                    if (string.Equals(request.Header("Connection"), "close", StringComparison.OrdinalIgnoreCase))
                    {
                        exchange.MarkClose();
                    }
                    await _handler(request, exchange).ConfigureAwait(false);
                    if (exchange.CloseConnection)
                    {
                        break;
                    }
                }
            }
            catch (Exception ex) when (ex is IOException || ex is SocketException || ex is ObjectDisposedException
                                       || ex is OperationCanceledException || ex is InvalidDataException)
            {
                // The peer went away, sent garbage, or we are stopping: the connection simply ends.
            }
            catch (Exception)
            {
                // A failure after the response started cannot be reported on the wire; ending the connection is all that is left.
            }
            finally
            {
                _connections.TryRemove(id, out _);
                CloseQuietly(socket);
            }
        }

        private async Task RefuseAsync(Socket socket)
        {
            try
            {
                using var stream = new NetworkStream(socket, ownsSocket: false);
                await AnswerAndCloseAsync(socket, stream, 503, "The emulator is serving " + _limits.MaxConnections + " connections; try again shortly.").ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException || ex is SocketException || ex is ObjectDisposedException || ex is OperationCanceledException)
            {
            }
            finally
            {
                CloseQuietly(socket);
            }
        }

        /// <summary>
        /// Answers a refused request, then reads what the client is still sending (at most 1 MB, at most 2 s) before
        /// closing, so the answer is not lost to a reset; beyond that the connection is simply dropped.
        /// </summary>
        private async Task AnswerAndCloseAsync(Socket socket, Stream stream, int status, string message)
        {
            var exchange = new HttpExchange(socket, stream, _stopping.Token);
            exchange.MarkClose();
            byte[] body = System.Text.Encoding.UTF8.GetBytes("{\"message\":" + System.Text.Json.JsonSerializer.Serialize(message) + "}");
            await exchange.SendAsync(status, new[] { new System.Collections.Generic.KeyValuePair<string, string>("Content-Type", "application/json") }, body).ConfigureAwait(false);
            socket.Shutdown(SocketShutdown.Send);
            using var drain = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            drain.CancelAfter(TimeSpan.FromSeconds(2));
            var sink = new byte[16 * 1024];
            for (int drained = 0; drained < 1024 * 1024;)
            {
                int read = await stream.ReadAsync(sink, 0, sink.Length, drain.Token).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }
                drained += read;
            }
        }

        private static void CloseQuietly(Socket socket)
        {
            try
            {
                socket.Shutdown(SocketShutdown.Both);
            }
            catch (Exception ex) when (ex is SocketException || ex is ObjectDisposedException)
            {
            }
            try
            {
                socket.Close();
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }
}
