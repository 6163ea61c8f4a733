using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using BedrockPS.Core.Tests.Errors;
using BedrockPS.Core.Tests.Infrastructure;

namespace BedrockPS.Core.Tests.Configuration
{
    /// <summary>API keys, secret keys and session tokens never show in errors, their text, logs or option text.</summary>
    public sealed class SecretHygieneTests
    {
        private const string ApiKey = "bedrock-api-key-TOPSECRETAPIKEY";
        private const string SessionToken = "TOPSECRETSESSIONTOKEN";

        public static IEnumerable<object[]> Failures() => new[]
        {
            new object[] { "http-403" },
            new object[] { "stream-cut" },
            new object[] { "refused" },
            new object[] { "timeout" },
        };

        [Theory]
        [MemberData(nameof(Failures))]
        public async Task Failure_text_and_logs_hold_no_secret(string failure)
        {
            foreach (var useApiKey in new[] { true, false })
            {
                var lines = new ConcurrentQueue<string>();
                using var release = new CancellationTokenSource();
                using var server = new LoopbackServer(async (request, writer) =>
                {
                    switch (failure)
                    {
                        case "http-403":
                            await writer.SendJsonAsync(403, "{\"message\":\"denied\"}", new Dictionary<string, string> { ["X-Amzn-Errortype"] = "AccessDeniedException" });
                            break;
                        case "stream-cut":
                            await writer.StartChunkedAsync(200, "application/vnd.amazon.eventstream");
                            await writer.WriteChunkAsync(EventFrames.Event("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"x\"}}"));
                            writer.Cut();
                            break;
                        default:
                            await Task.Delay(Timeout.Infinite, release.Token).ContinueWith(_ => { });
                            break;
                    }
                });
                var endpoint = failure == "refused" ? ClosedPort() : server.Url;
                var options = TestClients.Options(endpoint);
                options.Log = lines.Enqueue;
                options.Timeout = TimeSpan.FromMilliseconds(300);
                options.MaxAttempts = 2;
                if (useApiKey)
                {
                    options.Credentials = null;
                    options.ApiKey = ApiKey;
                }
                else
                {
                    options.Credentials = new SessionAWSCredentials(TestClients.AccessKey, TestClients.SecretKey, SessionToken);
                }
                using var client = new BedrockClient(options);

                var error = await Assert.ThrowsAsync<BedrockServiceException>(async () =>
                {
                    if (failure == "stream-cut")
                    {
                        await foreach (var _ in client.ConverseStreamAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None))
                        {
                        }
                    }
                    else
                    {
                        await client.ConverseAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None);
                    }
                });
                release.Cancel();

                var everything = error.ToString() + "\n" + error.ResponseBody + "\n" + string.Join("\n", lines) + "\n" + options.ToString();
                Assert.DoesNotContain(ApiKey, everything);
                Assert.DoesNotContain("TOPSECRET", everything);
                Assert.DoesNotContain(TestClients.SecretKey, everything);
                Assert.NotEmpty(lines);
            }
        }

        private static Uri ClosedPort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return new Uri($"http://127.0.0.1:{port}");
        }
    }
}
