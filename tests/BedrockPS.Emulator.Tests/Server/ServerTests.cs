using System;
using System.Linq;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using BedrockPS.Emulator.Tests.Support;
using Xunit;

namespace BedrockPS.Emulator.Tests.Server
{
    /// <summary>The HTTP server: loopback binding, free ports, keep-alive, chunked request bodies, concurrency, clean stop.</summary>
    public sealed class ServerTests
    {
        private const string Haiku = "us.anthropic.claude-haiku-4-5-20251001-v1:0";

        [Fact]
        public void Port_zero_picks_a_free_loopback_port_and_the_endpoint_names_it()
        {
            using var emulator = BedrockEmulator.Start(new EmulatorOptions());
            Assert.True(emulator.Port > 0);
            Assert.Equal("http://127.0.0.1:" + emulator.Port, emulator.EndpointUrl);
            Assert.True(emulator.IsRunning);
            Assert.DoesNotContain(emulator.SecretAccessKey, emulator.ToString());
            Assert.DoesNotContain(emulator.ApiKey, emulator.ToString());
        }

        [Fact]
        public async Task Sixty_four_concurrent_streams_all_complete()
        {
            using var emulator = BedrockEmulator.Start(new EmulatorOptions { StreamDelay = TimeSpan.FromMilliseconds(15) });
            using var client = new EmulatorClient(emulator, maxConnections: 64);

            var calls = await Task.WhenAll(Enumerable.Range(0, 64).Select(i =>
                StreamCall.RunAsync(client, EmulatorClient.ModelPath(Haiku, "converse-stream"), EmulatorClient.UserMessage("request number " + i + " with words"))));

            for (int i = 0; i < calls.Length; i++)
            {
                Assert.Null(calls[i].Failure);
                Assert.Equal("Echo: request number " + i + " with words", calls[i].ConverseText);
            }
            Assert.Equal(64, emulator.RequestCount);
        }

        [Fact]
        public async Task Keep_alive_connection_serves_several_requests_including_a_chunked_body()
        {
            using var emulator = BedrockEmulator.Start(new EmulatorOptions());
            using var socket = new TcpClient();
            await socket.ConnectAsync("127.0.0.1", emulator.Port);
            var stream = socket.GetStream();
            string auth = "Authorization: Bearer " + emulator.ApiKey + "\r\n";
            string body = EmulatorClient.UserMessage("chunked body");
            string first = "POST " + EmulatorClient.ModelPath(Haiku, "converse") + " HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Length: " + body.Length + "\r\n\r\n" + body;
            string half1 = body.Substring(0, 10), half2 = body.Substring(10);
            string second = "POST " + EmulatorClient.ModelPath(Haiku, "converse") + " HTTP/1.1\r\nHost: x\r\n" + auth + "Transfer-Encoding: chunked\r\n\r\n"
                + half1.Length.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "\r\n" + half1 + "\r\n" + half2.Length.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "\r\n" + half2 + "\r\n0\r\n\r\n";
            byte[] both = Encoding.ASCII.GetBytes(first + second);
            await stream.WriteAsync(both);

            string received = string.Empty;
            var buffer = new byte[8192];
            while (CountOf(received, "Echo: chunked body") < 2)
            {
                int read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(20));
                Assert.True(read > 0, "connection closed early: " + received);
                received += Encoding.UTF8.GetString(buffer, 0, read);
            }
            Assert.Equal(2, CountOf(received, "HTTP/1.1 200 OK"));
        }

        [Fact]
        public async Task Stop_closes_the_listener_and_open_stalled_streams()
        {
            var emulator = BedrockEmulator.Start(new EmulatorOptions());
            using var client = new EmulatorClient(emulator);
            int port = emulator.Port;
            using var response = await client.SendAsync(
                client.Build(HttpMethod.Post, EmulatorClient.ModelPath(Haiku, "converse-stream"), EmulatorClient.UserMessage("a b c d"), "stall:1"), streamBody: true);
            var reader = new EventStreamTestReader(await response.Content.ReadAsStreamAsync());
            Assert.Equal("messageStart", (await reader.ReadAsync())!.EventType);
            Assert.Equal("contentBlockDelta", (await reader.ReadAsync())!.EventType);

            emulator.Stop();

            var error = await Record.ExceptionAsync(() => reader.ReadAsync().WaitAsync(TimeSpan.FromSeconds(20)));
            Assert.NotNull(error);
            Assert.IsNotType<TimeoutException>(error);
            Assert.False(emulator.IsRunning);
            Assert.Equal(port, emulator.Port);
            using var probe = new TcpClient();
            await Assert.ThrowsAnyAsync<SocketException>(() => probe.ConnectAsync("127.0.0.1", port));
            emulator.Stop();
        }

        [Fact]
        public async Task Expect_100_continue_gets_an_interim_response_before_the_body_is_sent()
        {
            using var emulator = BedrockEmulator.Start(new EmulatorOptions());
            using var socket = new TcpClient();
            await socket.ConnectAsync("127.0.0.1", emulator.Port);
            var stream = socket.GetStream();
            string body = EmulatorClient.UserMessage("continue please");
            string head = "POST " + EmulatorClient.ModelPath(Haiku, "converse") + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + emulator.ApiKey
                + "\r\nExpect: 100-continue\r\nContent-Length: " + body.Length + "\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

            var buffer = new byte[8192];
            int read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(20));
            Assert.StartsWith("HTTP/1.1 100 Continue", Encoding.ASCII.GetString(buffer, 0, read));

            await stream.WriteAsync(Encoding.ASCII.GetBytes(body));
            string received = string.Empty;
            while (!received.Contains("Echo: continue please", StringComparison.Ordinal))
            {
                read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(20));
                Assert.True(read > 0);
                received += Encoding.UTF8.GetString(buffer, 0, read);
            }
            Assert.StartsWith("HTTP/1.1 200 OK", received);
        }

        [Fact]
        public async Task Request_count_includes_refused_requests()
        {
            using var emulator = BedrockEmulator.Start(new EmulatorOptions());
            using var client = new EmulatorClient(emulator) { Auth = "none" };
            using (await client.PostAsync(EmulatorClient.ModelPath(Haiku, "converse"), "{}"))
            {
            }
            client.Auth = "bearer";
            using (await client.PostAsync(EmulatorClient.ModelPath(Haiku, "converse"), EmulatorClient.UserMessage("x")))
            {
            }
            Assert.Equal(2, emulator.RequestCount);
        }

        [Fact]
        public async Task Error_response_count_holds_refused_and_faulted_requests_and_not_answered_ones()
        {
            using var emulator = BedrockEmulator.Start(new EmulatorOptions());
            using var client = new EmulatorClient(emulator) { Auth = "none" };
            using (var refused = await client.PostAsync(EmulatorClient.ModelPath(Haiku, "converse"), "{}"))
            {
                Assert.Equal(403, (int)refused.StatusCode);
            }
            client.Auth = "bearer";
            using (var answered = await client.PostAsync(EmulatorClient.ModelPath(Haiku, "converse"), EmulatorClient.UserMessage("x")))
            {
                Assert.Equal(200, (int)answered.StatusCode);
            }
            using (var throttled = await client.PostAsync(EmulatorClient.ModelPath(Haiku, "converse"), EmulatorClient.UserMessage("x"), fault: "throttling"))
            {
                Assert.Equal(429, (int)throttled.StatusCode);
            }
            Assert.Equal(3, emulator.RequestCount);
            Assert.Equal(2, emulator.ErrorResponseCount);
        }

        private static int CountOf(string text, string part)
        {
            int count = 0;
            for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
            {
                count++;
            }
            return count;
        }
    }
}
