using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace BedrockPS.Bench.Floor.Relay
{
    /// <summary>
    /// A TCP relay on 127.0.0.1 in front of the emulator. Every piece the emulator sends is written on to the client;
    /// the moment just before that write is the send time of each delta marker the piece completes
    /// (Stopwatch ticks: the monotonic clock every process on the machine shares). When standard input closes it
    /// prints "frequency F" and one "stamp INDEX TICKS" line per marker, and exits.
    /// </summary>
    internal sealed class StampingRelayCommand
    {
        private readonly FloorArguments _arguments;
        private readonly ConcurrentQueue<KeyValuePair<int, long>> _stamps = new ConcurrentQueue<KeyValuePair<int, long>>();

        public StampingRelayCommand(FloorArguments arguments)
        {
            _arguments = arguments;
        }

        public async Task<int> RunAsync()
        {
            var upstream = new Uri(_arguments.Required("upstream"));
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            using var stopping = new CancellationTokenSource();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            Console.Out.WriteLine("Listening on http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture));
            Console.Out.Flush();

            Task accepting = AcceptAsync(listener, upstream, stopping.Token);
            await Task.Run(() =>
            {
                while (Console.In.ReadLine() != null)
                {
                }
            }).ConfigureAwait(false);
            stopping.Cancel();
            listener.Stop();
            try
            {
                await accepting.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is ObjectDisposedException || ex is SocketException || ex is OperationCanceledException)
            {
            }

            Console.Out.WriteLine("frequency " + Stopwatch.Frequency.ToString(CultureInfo.InvariantCulture));
            foreach (var stamp in _stamps)
            {
                Console.Out.WriteLine("stamp " + stamp.Key.ToString(CultureInfo.InvariantCulture) + " " + stamp.Value.ToString(CultureInfo.InvariantCulture));
            }
            Console.Out.Flush();
            return 0;
        }

        private async Task AcceptAsync(TcpListener listener, Uri upstream, CancellationToken stopping)
        {
            while (!stopping.IsCancellationRequested)
            {
                TcpClient client = await listener.AcceptTcpClientAsync(stopping).ConfigureAwait(false);
                _ = Task.Run(() => RelayAsync(client, upstream), CancellationToken.None); // an accepted connection relays until either side closes
            }
        }

        private async Task RelayAsync(TcpClient client, Uri upstream)
        {
            using (client)
            using (var server = new TcpClient())
            {
                client.NoDelay = true;
                server.NoDelay = true;
                await server.ConnectAsync(upstream.Host, upstream.Port).ConfigureAwait(false);
                NetworkStream toClient = client.GetStream();
                NetworkStream toServer = server.GetStream();
                Task requests = PumpAsync(toClient, toServer, stamp: false);
                Task answers = PumpAsync(toServer, toClient, stamp: true);
                await Task.WhenAny(requests, answers).ConfigureAwait(false);
            }
        }

        private async Task PumpAsync(NetworkStream from, NetworkStream to, bool stamp)
        {
            var buffer = new byte[64 * 1024];
            var scanner = new DeltaMarkerScanner();
            var found = new List<int>();
            try
            {
                int read;
                while ((read = await from.ReadAsync(buffer, 0, buffer.Length).ConfigureAwait(false)) > 0)
                {
                    if (stamp)
                    {
                        long sentAt = Stopwatch.GetTimestamp();
                        found.Clear();
                        scanner.Scan(new ReadOnlySpan<byte>(buffer, 0, read), found);
                        foreach (int index in found)
                        {
                            _stamps.Enqueue(new KeyValuePair<int, long>(index, sentAt));
                        }
                    }
                    await to.WriteAsync(buffer, 0, read).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is System.IO.IOException || ex is ObjectDisposedException || ex is SocketException)
            {
            }
        }
    }
}
