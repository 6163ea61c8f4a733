using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Models;
using BedrockPS.Core.Tests.Errors;
using BedrockPS.Core.Tests.Infrastructure;
using BedrockPS.Testing;

namespace BedrockPS.Core.Tests.Streaming
{
    public sealed class StreamingTests
    {
        private const string EventStreamType = "application/vnd.amazon.eventstream";
        private static readonly TimeSpan Hang = TimeSpan.FromSeconds(20);

        private static byte[] Delta(string text) =>
            EventFrames.Event("contentBlockDelta", JsonSerializer.Serialize(new { contentBlockIndex = 0, delta = new { text }, p = "padding" }));

        [Fact]
        public async Task Stream_yields_each_event_before_the_next_frame_is_sent()
        {
            var secondFrameAllowed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            using var server = new LoopbackServer(async (request, writer) =>
            {
                await writer.StartChunkedAsync(200, EventStreamType);
                await writer.WriteChunkAsync(Delta("first"));
                await secondFrameAllowed.Task.WaitAsync(Hang);
                await writer.WriteChunkAsync(Delta(" second"));
                await writer.WriteChunkAsync(EventFrames.Event("messageStop", "{\"stopReason\":\"end_turn\"}"));
                await writer.EndAsync();
            });
            using var client = TestClients.Client(server);
            var texts = new List<string>();

            await foreach (var streamEvent in client.ConverseStreamAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None).WithCancellation(new CancellationTokenSource(Hang).Token))
            {
                if (streamEvent.TextDelta != null)
                {
                    texts.Add(streamEvent.TextDelta);
                }
                // Only the arrival of the first event lets the server send the rest: a buffering client would hang.
                secondFrameAllowed.TrySetResult(true);
            }

            Assert.Equal(new[] { "first", " second" }, texts);
        }

        [Fact]
        public async Task Stream_stops_promptly_when_cancelled()
        {
            using var release = new CancellationTokenSource();
            using var server = new LoopbackServer(async (request, writer) =>
            {
                await writer.StartChunkedAsync(200, EventStreamType);
                await writer.WriteChunkAsync(Delta("hello"));
                await Task.Delay(Timeout.Infinite, release.Token).ContinueWith(_ => { });
            });
            using var client = TestClients.Client(server);
            using var cancel = new CancellationTokenSource();
            int events = 0;

            var reading = Task.Run(async () =>
            {
                await foreach (var _ in client.ConverseStreamAsync("m", ErrorMappingTests.SimpleRequest(), cancel.Token))
                {
                    events++;
                    cancel.Cancel();
                }
            });

            var finished = await Task.WhenAny(reading, Task.Delay(Hang));
            release.Cancel();
            Assert.Same(reading, finished);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
            Assert.Equal(1, events);
        }

        [Fact]
        public async Task Stream_keeps_partial_text_when_cut()
        {
            using var server = new LoopbackServer(async (request, writer) =>
            {
                await writer.StartChunkedAsync(200, EventStreamType, new Dictionary<string, string> { ["x-amzn-RequestId"] = "cut-id" });
                await writer.WriteChunkAsync(Delta("The capital "));
                await writer.WriteChunkAsync(Delta("of France"));
                await Task.Delay(100);
                writer.Cut();
            });
            using var client = TestClients.Client(server);
            var shown = new StringBuilder();

            var error = await Assert.ThrowsAsync<BedrockServiceException>(
                () => StreamedTurn.RunAsync(client, streamEvent => shown.Append(streamEvent.TextDelta), CancellationToken.None));

            Assert.Equal(BedrockErrorCodes.StreamInterrupted, error.ErrorCode);
            Assert.Equal("The capital of France", error.PartialText);
            Assert.Equal("The capital of France", shown.ToString());
            Assert.Equal("cut-id", error.RequestId);
            Assert.False(error.IsRetryable);
            Assert.Equal(1, server.RequestCount);
        }

        [Fact]
        public async Task Stream_with_a_corrupted_frame_fails_with_the_text_so_far()
        {
            var corrupted = Delta(" never shown");
            corrupted[corrupted.Length - 6] ^= 0xFF; // flips a payload byte: the message CRC no longer matches
            using var server = new LoopbackServer(async (request, writer) =>
            {
                await writer.StartChunkedAsync(200, EventStreamType);
                await writer.WriteChunkAsync(Delta("kept"));
                await writer.WriteChunkAsync(corrupted);
                await writer.EndAsync();
            });
            using var client = TestClients.Client(server);

            var error = await StreamedTurn.FailureAsync(client);

            Assert.Equal(BedrockErrorCodes.StreamInterrupted, error.ErrorCode);
            Assert.Contains("checksum", error.Message);
            Assert.Equal("kept", error.PartialText);
        }

        [Fact]
        public async Task Stalled_stream_fails_after_the_idle_timeout()
        {
            using var release = new CancellationTokenSource();
            using var server = new LoopbackServer(async (request, writer) =>
            {
                await writer.StartChunkedAsync(200, EventStreamType);
                await writer.WriteChunkAsync(Delta("waiting"));
                await Task.Delay(Timeout.Infinite, release.Token).ContinueWith(_ => { });
            });
            using var client = TestClients.Client(server, options => options.StreamIdleTimeout = TimeSpan.FromMilliseconds(300));

            var reading = Task.Run(() => StreamedTurn.RunAsync(client, null, CancellationToken.None));
            var finished = await Task.WhenAny(reading, Task.Delay(Hang));
            release.Cancel();

            Assert.Same(reading, finished);
            var error = await Assert.ThrowsAsync<BedrockServiceException>(() => reading);
            Assert.Equal(BedrockErrorCodes.StreamInterrupted, error.ErrorCode);
            Assert.Contains("stalled", error.Message);
            Assert.Equal("waiting", error.PartialText);
        }

        [Fact]
        public async Task Stream_may_outlast_the_attempt_timeout_while_frames_keep_coming()
        {
            using var server = new LoopbackServer(async (request, writer) =>
            {
                await writer.StartChunkedAsync(200, EventStreamType);
                for (int i = 0; i < 8; i++)
                {
                    await writer.WriteChunkAsync(Delta(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    await Task.Delay(100);
                }
                await writer.WriteChunkAsync(EventFrames.Event("messageStop", "{\"stopReason\":\"end_turn\"}"));
                await writer.EndAsync();
            });
            using var client = TestClients.Client(server, options =>
            {
                options.Timeout = TimeSpan.FromMilliseconds(250);
                options.StreamIdleTimeout = TimeSpan.FromSeconds(10);
            });
            var accumulator = new ConverseStreamAccumulator();

            await foreach (var streamEvent in client.ConverseStreamAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None))
            {
                accumulator.Add(streamEvent);
            }

            Assert.Equal("01234567", accumulator.Text);
        }

        [Fact]
        public async Task Long_stream_of_small_frames_is_decoded_in_order_without_slowing_down()
        {
            const int frames = 20000;
            using var server = new LoopbackServer(async (request, writer) =>
            {
                await writer.StartChunkedAsync(200, EventStreamType);
                var batch = new List<byte>();
                for (int i = 0; i < frames; i++)
                {
                    batch.AddRange(Delta((i % 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    if (batch.Count > 16384)
                    {
                        await writer.WriteChunkAsync(batch.ToArray());
                        batch.Clear();
                    }
                }
                batch.AddRange(EventFrames.Event("messageStop", "{\"stopReason\":\"max_tokens\"}"));
                await writer.WriteChunkAsync(batch.ToArray());
                await writer.EndAsync();
            });
            using var client = TestClients.Client(server);
            var accumulator = new ConverseStreamAccumulator();
            using var hang = new CancellationTokenSource(TimeSpan.FromSeconds(60));

            await foreach (var streamEvent in client.ConverseStreamAsync("m", ErrorMappingTests.SimpleRequest(), hang.Token))
            {
                accumulator.Add(streamEvent);
            }

            var text = accumulator.Text;
            Assert.Equal(frames, text.Length);
            Assert.Equal(string.Concat(Enumerable.Range(0, frames).Select(i => (char)('0' + i % 10))), text);
            Assert.Equal("max_tokens", accumulator.StopReason);
        }

        [Fact]
        public async Task Stream_that_ends_before_message_stop_is_reported_as_interrupted()
        {
            using var server = new LoopbackServer(async (request, writer) =>
            {
                await writer.StartChunkedAsync(200, EventStreamType);
                await writer.WriteChunkAsync(Delta("only this"));
                await writer.EndAsync();
            });
            using var client = TestClients.Client(server);

            var error = await StreamedTurn.FailureAsync(client);

            Assert.Equal(BedrockErrorCodes.StreamInterrupted, error.ErrorCode);
            Assert.Equal("only this", error.PartialText);
        }

        [Fact]
        public async Task Throttled_stream_request_is_retried_before_any_content()
        {
            int calls = 0;
            using var server = new LoopbackServer(async (request, writer) =>
            {
                if (Interlocked.Increment(ref calls) == 1)
                {
                    await writer.SendJsonAsync(429, "{\"message\":\"busy\"}", new Dictionary<string, string> { ["X-Amzn-Errortype"] = "ThrottlingException" });
                    return;
                }
                await writer.StartChunkedAsync(200, EventStreamType);
                await writer.WriteChunkAsync(Delta("fine"));
                await writer.WriteChunkAsync(EventFrames.Event("messageStop", "{\"stopReason\":\"end_turn\"}"));
                await writer.EndAsync();
            });
            using var client = TestClients.Client(server);
            var accumulator = new ConverseStreamAccumulator();

            await foreach (var streamEvent in client.ConverseStreamAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None))
            {
                accumulator.Add(streamEvent);
            }

            Assert.Equal("fine", accumulator.Text);
            Assert.Equal(2, server.RequestCount);
        }

        [Fact]
        public async Task Bedrock_vector_stream_assembles_text_tool_input_stop_reason_and_usage()
        {
            var bytes = File.ReadAllBytes(Fixtures.Path("bedrock-vectors", "eventstream", "converse-stream-text-and-tooluse.bin"));
            using var vectors = JsonDocument.Parse(File.ReadAllText(Fixtures.Path("bedrock-vectors", "eventstream", "vectors.json")));
            var payloads = vectors.RootElement.GetProperty("files").GetProperty("converse-stream-text-and-tooluse.bin").EnumerateArray()
                .Select(f => (Type: f.GetProperty("headers")[0].GetProperty("value").GetString(), Json: JsonDocument.Parse(f.GetProperty("payload_utf8").GetString()!).RootElement))
                .ToList();
            var expectedText = string.Concat(payloads.Where(p => p.Type == "contentBlockDelta" && p.Json.GetProperty("delta").TryGetProperty("text", out _))
                .Select(p => p.Json.GetProperty("delta").GetProperty("text").GetString()));
            var expectedToolInput = string.Concat(payloads.Where(p => p.Type == "contentBlockDelta" && p.Json.GetProperty("delta").TryGetProperty("toolUse", out _))
                .Select(p => p.Json.GetProperty("delta").GetProperty("toolUse").GetProperty("input").GetString()));
            var toolStart = payloads.Single(p => p.Type == "contentBlockStart").Json.GetProperty("start").GetProperty("toolUse");
            using var server = new LoopbackServer(async (request, writer) =>
            {
                await writer.StartChunkedAsync(200, EventStreamType);
                await writer.WriteChunkAsync(bytes);
                await writer.EndAsync();
            });
            using var client = TestClients.Client(server);
            var accumulator = new ConverseStreamAccumulator();

            await foreach (var streamEvent in client.ConverseStreamAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None))
            {
                accumulator.Add(streamEvent);
            }

            var response = accumulator.ToResponse();
            Assert.Equal(expectedText, response.Text);
            var toolUse = Assert.Single(response.ToolUses);
            Assert.Equal(toolStart.GetProperty("toolUseId").GetString(), toolUse.ToolUseId);
            Assert.Equal(toolStart.GetProperty("name").GetString(), toolUse.Name);
            JsonAssert.Equivalent(expectedToolInput, toolUse.Input!.Value.GetRawText());
            Assert.Equal(payloads.Single(p => p.Type == "messageStop").Json.GetProperty("stopReason").GetString(), response.StopReason);
            Assert.Equal(payloads.Single(p => p.Type == "metadata").Json.GetProperty("usage").GetProperty("totalTokens").GetInt32(), response.Usage!.TotalTokens);
        }

        [Fact]
        public async Task Invoke_stream_yields_decoded_chunks_and_sends_the_bedrock_accept_header()
        {
            var chunks = new[] { "{\"type\":\"content_block_delta\",\"delta\":{\"text\":\"Hi\"}}", "{\"type\":\"message_stop\"}" };
            using var server = new LoopbackServer(async (request, writer) =>
            {
                await writer.StartChunkedAsync(200, EventStreamType, new Dictionary<string, string> { ["X-Amzn-Bedrock-Content-Type"] = "application/json" });
                foreach (var chunk in chunks)
                {
                    var bytes = Convert.ToBase64String(Encoding.UTF8.GetBytes(chunk));
                    await writer.WriteChunkAsync(EventFrames.Event("chunk", $"{{\"bytes\":\"{bytes}\",\"p\":\"abcdef\"}}"));
                }
                await writer.EndAsync();
            });
            using var client = TestClients.Client(server);
            var received = new List<string>();

            await foreach (var chunk in client.InvokeModelWithResponseStreamAsync(
                new InvokeModelRequest { ModelId = "us.anthropic.claude-haiku-4-5-20251001-v1:0", Body = Encoding.UTF8.GetBytes("{}"), Accept = "application/json", Trace = "ENABLED" },
                CancellationToken.None))
            {
                received.Add(Encoding.UTF8.GetString(chunk.Bytes));
            }

            Assert.Equal(chunks, received);
            Assert.True(server.Requests.TryPeek(out var sent));
            Assert.Equal("/model/us.anthropic.claude-haiku-4-5-20251001-v1%3A0/invoke-with-response-stream", sent!.RawPath);
            Assert.Equal("application/json", sent.Header("X-Amzn-Bedrock-Accept"));
            Assert.Null(sent.Header("Accept"));
            Assert.Equal("ENABLED", sent.Header("X-Amzn-Bedrock-Trace"));
        }
    }
}
