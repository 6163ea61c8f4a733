using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime.EventStreams;
using BedrockPS.Core.Models;
using BedrockPS.Core.Serialization;
using BedrockPS.Core.Tests.Infrastructure;

namespace BedrockPS.Core.Tests.Captures
{
    /// <summary>
    /// The six recorded real exchanges, replayed by a loopback server: the client sends the recorded request
    /// (parsed into the typed models and serialized back), must hit the recorded path with an equivalent body,
    /// and must read the recorded response into exactly the recorded text, stop reason, usage and tool input.
    /// Expected values are read from the recording with plain JsonDocument / AWSSDK.Core decoding, not with the
    /// client's own parsers.
    /// </summary>
    public sealed class CaptureReplayTests
    {
        private static readonly IReadOnlyList<RecordedExchange> Exchanges = RecordedExchange.LoadAll();

        [Fact]
        public void There_are_six_recorded_exchanges()
        {
            Assert.Equal(6, Exchanges.Count);
        }

        [Fact]
        public async Task Converse_capture_parses_to_the_recorded_text_stop_reason_and_usage()
        {
            var exchange = Exchanges.Single(e => e.Operation == "converse" && e.Status == 200 && !e.RequestBody.Contains("toolConfig"));
            using var server = Serve(exchange);
            using var client = TestClients.Client(server);

            var response = await client.ConverseAsync(ModelIdOf(exchange), Parse<ConverseRequest>(exchange.RequestBody), CancellationToken.None);

            AssertSentAsRecorded(server, exchange);
            using var recorded = JsonDocument.Parse(exchange.ResponseBody);
            var root = recorded.RootElement;
            Assert.Equal(root.GetProperty("output").GetProperty("message").GetProperty("content")[0].GetProperty("text").GetString(), response.Text);
            Assert.Equal(root.GetProperty("stopReason").GetString(), response.StopReason);
            AssertUsage(root.GetProperty("usage"), response.Usage!);
            Assert.Equal(root.GetProperty("metrics").GetProperty("latencyMs").GetInt64(), response.Metrics!.LatencyMs);
        }

        [Fact]
        public async Task Tool_use_capture_parses_to_the_recorded_tool_input()
        {
            var exchange = Exchanges.Single(e => e.Operation == "converse" && e.RequestBody.Contains("toolConfig"));
            using var server = Serve(exchange);
            using var client = TestClients.Client(server);

            var response = await client.ConverseAsync(ModelIdOf(exchange), Parse<ConverseRequest>(exchange.RequestBody), CancellationToken.None);

            AssertSentAsRecorded(server, exchange);
            using var recorded = JsonDocument.Parse(exchange.ResponseBody);
            var toolUse = recorded.RootElement.GetProperty("output").GetProperty("message").GetProperty("content")[0].GetProperty("toolUse");
            var actual = Assert.Single(response.ToolUses);
            Assert.Equal(toolUse.GetProperty("toolUseId").GetString(), actual.ToolUseId);
            Assert.Equal(toolUse.GetProperty("name").GetString(), actual.Name);
            JsonAssert.Equivalent(toolUse.GetProperty("input").GetRawText(), actual.Input!.Value.GetRawText());
            Assert.Equal("tool_use", response.StopReason);
            AssertUsage(recorded.RootElement.GetProperty("usage"), response.Usage!);
        }

        [Fact]
        public async Task Converse_stream_capture_yields_the_recorded_text_stop_reason_and_usage()
        {
            var exchange = Exchanges.Single(e => e.Operation == "converse-stream");
            using var server = Serve(exchange);
            using var client = TestClients.Client(server);
            var accumulator = new ConverseStreamAccumulator();

            await foreach (var streamEvent in client.ConverseStreamAsync(ModelIdOf(exchange), Parse<ConverseRequest>(exchange.RequestBody), CancellationToken.None))
            {
                accumulator.Add(streamEvent);
            }

            AssertSentAsRecorded(server, exchange);
            var expected = DecodeWithAwsSdk(exchange.ResponseBody);
            var expectedText = string.Concat(expected
                .Where(e => e.EventType == "contentBlockDelta")
                .Select(e => e.Payload.GetProperty("delta").TryGetProperty("text", out var t) ? t.GetString() : ""));
            var messageStop = expected.Single(e => e.EventType == "messageStop").Payload;
            var metadata = expected.Single(e => e.EventType == "metadata").Payload;
            Assert.False(string.IsNullOrEmpty(expectedText));
            Assert.Equal(expectedText, accumulator.Text);
            Assert.Equal(expectedText, accumulator.ToResponse().Text);
            Assert.Equal(messageStop.GetProperty("stopReason").GetString(), accumulator.StopReason);
            AssertUsage(metadata.GetProperty("usage"), accumulator.Usage!);
            Assert.True(accumulator.IsComplete);
        }

        [Fact]
        public async Task Error_capture_raises_a_validation_exception_with_the_recorded_message()
        {
            var exchange = Exchanges.Single(e => e.Status == 400);
            using var server = Serve(exchange);
            using var client = TestClients.Client(server);

            var error = await Assert.ThrowsAsync<BedrockServiceException>(() =>
                client.ConverseAsync(ModelIdOf(exchange), Parse<ConverseRequest>(exchange.RequestBody), CancellationToken.None));

            AssertSentAsRecorded(server, exchange);
            using var recorded = JsonDocument.Parse(exchange.ResponseBody);
            Assert.Equal(recorded.RootElement.GetProperty("message").GetString(), error.Message);
            Assert.Equal(400, error.StatusCode);
            Assert.Equal(BedrockErrorCodes.Validation, error.ErrorCode);
            Assert.False(error.IsRetryable);
            Assert.Equal(1, error.Attempts);
            Assert.Equal(1, server.RequestCount);
        }

        [Fact]
        public async Task Count_tokens_capture_returns_the_recorded_count()
        {
            var exchange = Exchanges.Single(e => e.Operation == "count-tokens");
            using var server = Serve(exchange);
            using var client = TestClients.Client(server);

            var response = await client.CountTokensAsync(ModelIdOf(exchange), Parse<CountTokensRequest>(exchange.RequestBody), CancellationToken.None);

            AssertSentAsRecorded(server, exchange);
            using var recorded = JsonDocument.Parse(exchange.ResponseBody);
            Assert.Equal(recorded.RootElement.GetProperty("inputTokens").GetInt32(), response.InputTokens);
        }

        [Fact]
        public async Task Invoke_model_capture_returns_the_recorded_body_and_token_headers()
        {
            var exchange = Exchanges.Single(e => e.Operation == "invoke");
            using var server = Serve(exchange);
            using var client = TestClients.Client(server);

            var response = await client.InvokeModelAsync(
                new InvokeModelRequest { ModelId = ModelIdOf(exchange), Body = Encoding.UTF8.GetBytes(exchange.RequestBody) },
                CancellationToken.None);

            var sent = AssertSentAsRecorded(server, exchange);
            Assert.Equal(exchange.RequestBody, sent.BodyText);
            Assert.Equal(exchange.ResponseBody, response.Body);
            Assert.Equal(int.Parse(exchange.ResponseHeaders["x-amzn-bedrock-input-token-count"], System.Globalization.CultureInfo.InvariantCulture), response.InputTokens);
            Assert.Equal(long.Parse(exchange.ResponseHeaders["x-amzn-bedrock-invocation-latency"], System.Globalization.CultureInfo.InvariantCulture), response.InvocationLatencyMs);
            Assert.Equal("application/json", response.ContentType);
        }

        private static string ModelIdOf(RecordedExchange exchange)
        {
            // /model/{label}/{operation}: the label decoded is the model id the caller passes.
            return Uri.UnescapeDataString(exchange.RawPath.Split('/')[2]);
        }

        private static RecordedRequest AssertSentAsRecorded(LoopbackServer server, RecordedExchange exchange)
        {
            Assert.True(server.Requests.TryPeek(out var sent));
            Assert.Equal("POST", sent!.Method);
            Assert.Equal(exchange.RawPath, sent.RawPath);
            JsonAssert.Equivalent(exchange.RequestBody, sent.BodyText);
            Assert.StartsWith("AWS4-HMAC-SHA256 Credential=" + TestClients.AccessKey + "/", sent.Header("Authorization"));
            Assert.Contains("/us-east-1/bedrock/aws4_request", sent.Header("Authorization"));
            return sent;
        }

        private static void AssertUsage(JsonElement expected, TokenUsage actual)
        {
            Assert.Equal(expected.GetProperty("inputTokens").GetInt32(), actual.InputTokens);
            Assert.Equal(expected.GetProperty("outputTokens").GetInt32(), actual.OutputTokens);
            Assert.Equal(expected.GetProperty("totalTokens").GetInt32(), actual.TotalTokens);
        }

        private static T Parse<T>(string json) => BedrockJson.Deserialize<T>(json)!;

        private static LoopbackServer Serve(RecordedExchange exchange)
        {
            return new LoopbackServer(async (request, writer) =>
            {
                var headers = exchange.ResponseHeaders
                    .Where(h => h.Key != "content-length" && h.Key != "transfer-encoding" && h.Key != "connection" && h.Key != "content-type")
                    .ToDictionary(h => h.Key, h => h.Value);
                headers["x-amzn-RequestId"] = "replay-" + exchange.Operation;
                var contentType = exchange.ResponseHeaders["content-type"];
                if (exchange.ResponseHeaders.ContainsKey("transfer-encoding"))
                {
                    await writer.StartChunkedAsync(exchange.Status, contentType, headers);
                    // Uneven pieces, so frames straddle network reads as they do in real traffic.
                    for (int offset = 0; offset < exchange.ResponseBody.Length; offset += 97)
                    {
                        await writer.WriteChunkAsync(exchange.ResponseBody.Skip(offset).Take(97).ToArray());
                    }
                    await writer.EndAsync();
                }
                else
                {
                    await writer.SendAsync(exchange.Status, contentType, exchange.ResponseBody, headers);
                }
            });
        }

        private static List<(string EventType, JsonElement Payload)> DecodeWithAwsSdk(byte[] body)
        {
            var events = new List<(string, JsonElement)>();
            int offset = 0;
            while (offset < body.Length)
            {
                int length = (body[offset] << 24) | (body[offset + 1] << 16) | (body[offset + 2] << 8) | body[offset + 3];
                var frame = body.Skip(offset).Take(length).ToArray();
                var message = EventStreamMessage.FromBuffer(frame, 0, frame.Length);
                using var payload = JsonDocument.Parse(message.Payload);
                events.Add((message.Headers[":event-type"].AsString(), payload.RootElement.Clone()));
                offset += length;
            }
            return events;
        }
    }
}
