using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using BedrockPS.Core.Auth;
using BedrockPS.Core.Models;
using BedrockPS.Core.Tests.Errors;
using BedrockPS.Core.Tests.Infrastructure;

namespace BedrockPS.Core.Tests.Transport
{
    public sealed class RequestShapeTests
    {
        private const string OkConverse = "{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"text\":\"ok\"}]}},\"stopReason\":\"end_turn\",\"usage\":{\"inputTokens\":1,\"outputTokens\":1,\"totalTokens\":2},\"metrics\":{\"latencyMs\":5}}";

        [Fact]
        public async Task Signature_verifies_against_the_request_exactly_as_the_server_received_it()
        {
            using var server = new LoopbackServer((request, writer) => writer.SendJsonAsync(200, OkConverse));
            using var client = TestClients.Client(server, options => options.Credentials = new SessionAWSCredentials(TestClients.AccessKey, TestClients.SecretKey, "token/with+chars="));

            await client.ConverseAsync("us.anthropic.claude-haiku-4-5-20251001-v1:0", ErrorMappingTests.SimpleRequest(), CancellationToken.None);
            await client.InvokeModelAsync(new InvokeModelRequest { ModelId = "a:b/c", Body = new byte[] { 1, 2, 3 }, ContentType = "application/json; charset=utf-8", Trace = "ENABLED" }, CancellationToken.None);
            await client.ListFoundationModelsAsync(new FoundationModelFilter { ByProvider = "Meta Llama" }, CancellationToken.None);

            foreach (var received in server.Requests)
            {
                var authorization = received.Header("Authorization")!;
                var signedHeaderNames = authorization.Split("SignedHeaders=")[1].Split(',')[0].Split(';');
                var headers = signedHeaderNames.Where(n => n != "host").Select(n => new KeyValuePair<string, string>(n, received.Header(n)!)).ToList();
                var date = DateTime.ParseExact(received.Header("X-Amz-Date")!, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

                // Recomputed from the received bytes only, as a verifying server would.
                var expected = SigV4Signer.Sign(
                    received.Method, received.Header("Host")!, received.RawTarget, headers, received.Body,
                    new ImmutableCredentials(TestClients.AccessKey, TestClients.SecretKey, "token/with+chars="),
                    "us-east-1", "bedrock", date);

                Assert.EndsWith("Signature=" + expected.Signature, authorization);
                if (received.Method == "POST")
                {
                    Assert.Contains("content-type", signedHeaderNames);
                }
                Assert.Contains("x-amz-security-token", signedHeaderNames);
            }
            Assert.Equal(3, server.RequestCount);
            Assert.All(server.Requests, r => Assert.Null(r.Header("Expect")));
        }

        [Fact]
        public async Task Converse_drops_the_stream_only_guardrail_mode_but_converse_stream_keeps_it()
        {
            using var server = new LoopbackServer((request, writer) => writer.SendJsonAsync(200, OkConverse));
            using var client = TestClients.Client(server);
            var request = ErrorMappingTests.SimpleRequest();
            request.GuardrailConfig = new GuardrailConfiguration { GuardrailIdentifier = "g", GuardrailVersion = "1", StreamProcessingMode = "async" };

            await client.ConverseAsync("m", request, CancellationToken.None);

            Assert.True(server.Requests.TryPeek(out var sent));
            using var body = JsonDocument.Parse(sent!.Body);
            var guardrail = body.RootElement.GetProperty("guardrailConfig");
            Assert.Equal("g", guardrail.GetProperty("guardrailIdentifier").GetString());
            Assert.False(guardrail.TryGetProperty("streamProcessingMode", out _));
            Assert.Equal("async", request.GuardrailConfig.StreamProcessingMode); // the caller's object is untouched
        }

        [Fact]
        public async Task One_client_serves_many_concurrent_calls_over_pooled_connections()
        {
            int inFlight = 0;
            int maxInFlight = 0;
            using var server = new LoopbackServer(async (request, writer) =>
            {
                var now = Interlocked.Increment(ref inFlight);
                int seen;
                while ((seen = Volatile.Read(ref maxInFlight)) < now && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen)
                {
                }
                await Task.Delay(50);
                Interlocked.Decrement(ref inFlight);
                await writer.SendJsonAsync(200, OkConverse);
            });
            using var client = TestClients.Client(server);

            var calls = Enumerable.Range(0, 40).Select(_ => client.ConverseAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None));
            var responses = await Task.WhenAll(calls).WaitAsync(TimeSpan.FromSeconds(30));

            Assert.All(responses, r => Assert.Equal("ok", r.Text));
            Assert.True(maxInFlight > 8, $"calls were serialized: at most {maxInFlight} in flight");
        }

        [Fact]
        public async Task Body_announcing_more_than_any_answer_can_hold_is_refused_without_reading_or_retrying()
        {
            using var server = new LoopbackServer(async (request, writer) =>
            {
                await writer.SendRawHeadAsync(200, new Dictionary<string, string>
                {
                    ["Content-Type"] = "application/json",
                    ["Content-Length"] = "3000000000",
                    ["x-amzn-RequestId"] = "huge-1",
                });
                await writer.WriteRawAsync(System.Text.Encoding.UTF8.GetBytes("{\"output\":"));
                await Task.Delay(TimeSpan.FromSeconds(20));
            });
            using var client = TestClients.Client(server);

            var error = await Assert.ThrowsAsync<BedrockServiceException>(() =>
                client.ConverseAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(15)));

            Assert.Equal(BedrockErrorCodes.InvalidResponse, error.ErrorCode);
            Assert.Equal("huge-1", error.RequestId);
            Assert.False(error.IsRetryable);
            Assert.Equal(1, error.Attempts);
            Assert.Equal(1, server.RequestCount);
        }
    }
}
