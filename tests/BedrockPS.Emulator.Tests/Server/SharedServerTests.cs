using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Emulator.Tests.Support;
using Xunit;

namespace BedrockPS.Emulator.Tests.Server
{
    /// <summary>
    /// The emulator as a server other people's CI shares: clients that trickle, send huge headers, hold connections
    /// or send garbage are answered with the right status and closed, and a well-behaved client is served meanwhile.
    /// Timeouts are set short here so each test runs in seconds; the waits below are only guards against a hang.
    /// </summary>
    public sealed class SharedServerTests : IDisposable
    {
        private const string Nova = "amazon.nova-lite-v1:0";
        private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);
        private readonly BedrockEmulator emulator;
        private readonly EmulatorClient client;

        public SharedServerTests()
        {
            emulator = BedrockEmulator.Start(new EmulatorOptions
            {
                RequestReadTimeout = TimeSpan.FromSeconds(1),
                IdleConnectionTimeout = TimeSpan.FromSeconds(5),
                MaxConnections = 8,
            });
            client = new EmulatorClient(emulator, maxConnections: 1);
        }

        public void Dispose()
        {
            client.Dispose();
            emulator.Dispose();
        }

        [Fact]
        public async Task A_slow_sender_gets_408_and_is_closed_while_others_are_served()
        {
            using var slow = await ConnectAsync();
            NetworkStream stream = slow.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes("POST /model/x/converse HTTP/1.1\r\nHost: x\r\n"));
            Task<string> answer = ReadToEndAsync(stream);

            // One header byte at a time, far slower than the one-second limit allows for the whole request.
            for (int i = 0; i < 100 && !answer.IsCompleted; i++)
            {
                await AssertServedAsync();
                try
                {
                    await stream.WriteAsync(Encoding.ASCII.GetBytes("X"));
                }
                catch (IOException)
                {
                    break; // the server closed it
                }
                await Task.WhenAny(answer, Task.Delay(200));
            }

            Assert.StartsWith("HTTP/1.1 408 Request Timeout", await answer.WaitAsync(Guard));
            Assert.Contains("Connection: close", await answer);
            await AssertServedAsync();
        }

        [Fact]
        public async Task Oversized_headers_get_431_and_are_not_buffered_past_the_limit()
        {
            using var big = await ConnectAsync();
            NetworkStream stream = big.GetStream();
            Task<string> answer = ReadToEndAsync(stream);
            string head = "GET /foundation-models HTTP/1.1\r\nHost: x\r\n"
                + string.Concat(Enumerable.Range(0, 100).Select(i => "X-Padding-" + i + ": " + new string('p', 1000) + "\r\n")) + "\r\n";

            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            big.Client.Shutdown(SocketShutdown.Send);

            string text = await answer.WaitAsync(Guard);
            Assert.StartsWith("HTTP/1.1 431 Request Header Fields Too Large", text);
            Assert.Contains("larger than 65536 bytes", text);
            await AssertServedAsync();
        }

        [Fact]
        public async Task Connections_left_open_are_capped_with_503_then_closed_when_idle_and_others_are_served()
        {
            var idle = new List<TcpClient>();
            try
            {
                for (int i = 0; i < 8; i++)
                {
                    idle.Add(await ConnectAsync());
                }

                // The ninth connection, over the cap of eight, is answered at once rather than queued.
                using (var ninth = await ConnectAsync())
                {
                    string refused = await ReadToEndAsync(ninth.GetStream()).WaitAsync(Guard);
                    Assert.StartsWith("HTTP/1.1 503 Service Unavailable", refused);
                }

                // Connections that never send a request are closed after the idle timeout, without an answer.
                foreach (TcpClient connection in idle)
                {
                    Assert.Equal(string.Empty, await ReadToEndAsync(connection.GetStream()).WaitAsync(Guard));
                }
                await AssertServedAsync();
            }
            finally
            {
                idle.ForEach(c => c.Dispose());
            }
        }

        [Fact]
        public async Task Garbage_gets_400_and_is_closed_while_others_are_served()
        {
            using var garbage = await ConnectAsync();
            NetworkStream stream = garbage.GetStream();
            Task<string> answer = ReadToEndAsync(stream);

            await stream.WriteAsync(new byte[] { 0x16, 0x03, 0x01, 0x00, 0xA5, 0x01, 0x00, 0x00, 0xA1, 0x03, 0x03, (byte)'\r', (byte)'\n', (byte)'\r', (byte)'\n' });

            Assert.StartsWith("HTTP/1.1 400 Bad Request", await answer.WaitAsync(Guard));
            await AssertServedAsync();
        }

        private async Task<TcpClient> ConnectAsync()
        {
            var connection = new TcpClient();
            await connection.ConnectAsync("127.0.0.1", emulator.Port);
            return connection;
        }

        private async Task AssertServedAsync()
        {
            var answer = await client.PostJsonAsync(EmulatorClient.ModelPath(Nova, "converse"), EmulatorClient.UserMessage("served"));
            Assert.Equal("Echo: served", (string?)answer["output"]!["message"]!["content"]![0]!["text"]);
        }

        private static async Task<string> ReadToEndAsync(NetworkStream stream)
        {
            using var received = new MemoryStream();
            var buffer = new byte[4096];
            try
            {
                int read;
                while ((read = await stream.ReadAsync(buffer)) > 0)
                {
                    received.Write(buffer, 0, read);
                }
            }
            catch (IOException)
            {
                // a reset after the answer still leaves the answer
            }
            return Encoding.ASCII.GetString(received.ToArray());
        }
    }
}
