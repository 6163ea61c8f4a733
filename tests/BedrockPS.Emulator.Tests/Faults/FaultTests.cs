using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using BedrockPS.Emulator.Tests.Support;
using Xunit;

namespace BedrockPS.Emulator.Tests.Faults
{
    /// <summary>Every fault, requested per call through the x-bedrockps-emulator-fault header or set emulator-wide.</summary>
    public sealed class FaultTests : EmulatorTest
    {
        private const string Haiku = "us.anthropic.claude-haiku-4-5-20251001-v1:0";
        private static readonly string LongPrompt = EmulatorClient.UserMessage("one two three four five six seven eight");


        [Theory]
        [InlineData("throttling", 429, "ThrottlingException")]
        [InlineData("internal-error", 500, "InternalServerException")]
        [InlineData("service-unavailable", 503, "ServiceUnavailableException")]
        [InlineData("model-not-ready", 429, "ModelNotReadyException")]
        [InlineData("model-timeout", 408, "ModelTimeoutException")]
        public async Task Header_fault_answers_the_service_error(string fault, int status, string errorType)
        {
            using var response = await Client.PostAsync(EmulatorClient.ModelPath(Haiku, "converse"), LongPrompt, fault);
            await ErrorAssert.IsAsync(response, status, errorType);
            using var next = await Client.PostAsync(EmulatorClient.ModelPath(Haiku, "converse"), LongPrompt);
            Assert.Equal(200, (int)next.StatusCode);
        }

        [Fact]
        public async Task Unknown_fault_name_is_ValidationException()
        {
            using var response = await Client.PostAsync(EmulatorClient.ModelPath(Haiku, "converse"), LongPrompt, "meteor-strike");
            Assert.Contains("Unknown fault", await ErrorAssert.IsAsync(response, 400, "ValidationException"));
        }

        [Fact]
        public async Task Reset_before_headers_breaks_the_request()
        {
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => Client.PostAsync(EmulatorClient.ModelPath(Haiku, "converse"), LongPrompt, "reset"));
        }

        [Fact]
        public async Task Latency_fault_shows_in_the_reported_latency()
        {
            var request = Client.Build(HttpMethod.Post, EmulatorClient.ModelPath(Haiku, "converse"), LongPrompt, "latency:250");
            using var response = await Client.SendAsync(request);
            var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.True(body["metrics"]!["latencyMs"]!.GetValue<long>() >= 240);
        }

        [Theory]
        [InlineData("stream-throttling:3", "throttlingException")]
        [InlineData("stream-model-error:3", "modelStreamErrorException")]
        public async Task In_stream_exception_arrives_after_the_given_deltas(string fault, string exceptionType)
        {
            var call = await StreamCall.RunAsync(Client, EmulatorClient.ModelPath(Haiku, "converse-stream"), LongPrompt, fault);

            Assert.Null(call.Failure);
            Assert.Equal(3, call.Events("contentBlockDelta").Count());
            var last = call.Frames.Last();
            Assert.Equal("exception", last.MessageType);
            Assert.Equal(exceptionType, last.ExceptionType);
            Assert.False(string.IsNullOrEmpty(last.Json["message"]!.GetValue<string>()));
        }

        [Fact]
        public async Task Cut_mid_stream_keeps_the_deltas_sent_then_the_connection_dies()
        {
            var call = await StreamCall.RunAsync(Client, EmulatorClient.ModelPath(Haiku, "converse-stream"), LongPrompt, "cut:2");

            Assert.Equal(2, call.Events("contentBlockDelta").Count());
            Assert.Equal("Echo: one", call.ConverseText);
            Assert.NotNull(call.Failure);
            Assert.Empty(call.Events("messageStop"));
        }

        [Fact]
        public async Task Corrupted_frame_fails_its_message_checksum()
        {
            var call = await StreamCall.RunAsync(Client, EmulatorClient.ModelPath(Haiku, "converse-stream"), LongPrompt, "corrupt:1");

            Assert.Single(call.Events("contentBlockDelta"));
            Assert.IsType<InvalidDataException>(call.Failure);
            Assert.Contains("Message checksum mismatch", call.Failure!.Message);
        }

        [Fact]
        public async Task Truncated_frame_ends_the_body_inside_a_message()
        {
            var call = await StreamCall.RunAsync(Client, EmulatorClient.ModelPath(Haiku, "converse-stream"), LongPrompt, "truncate:2");

            Assert.Equal(2, call.Events("contentBlockDelta").Count());
            Assert.IsType<InvalidDataException>(call.Failure);
            Assert.Contains("Truncated frame", call.Failure!.Message);
        }

        [Fact]
        public async Task Stalled_stream_sends_nothing_more_and_does_not_close()
        {
            var call = await StreamCall.RunAsync(Client, EmulatorClient.ModelPath(Haiku, "converse-stream"), LongPrompt, "stall:2", TimeSpan.FromSeconds(1.5));

            Assert.Equal(2, call.Events("contentBlockDelta").Count());
            Assert.IsAssignableFrom<OperationCanceledException>(call.Failure);
        }

        [Fact]
        public async Task Stream_fault_on_invoke_with_response_stream_sends_the_exception_after_n_chunks()
        {
            var call = await StreamCall.RunAsync(Client, EmulatorClient.ModelPath("meta.llama3-8b-instruct-v1:0", "invoke-with-response-stream"),
                "{\"prompt\":\"a b c d e f\"}", "stream-throttling:2");

            Assert.Equal(2, call.Chunks.Count);
            Assert.Equal("throttlingException", call.Frames.Last().ExceptionType);
        }

        [Fact]
        public async Task Every_nth_request_is_throttled_when_set_emulator_wide()
        {
            Emulator.SetFaults(new FaultSettings { Kind = FaultKind.Throttling, EveryNthRequest = 3 });
            var statuses = new int[7];
            for (int i = 0; i < statuses.Length; i++)
            {
                using var response = await Client.PostAsync(EmulatorClient.ModelPath(Haiku, "converse"), LongPrompt);
                statuses[i] = (int)response.StatusCode;
            }
            Assert.Equal(new[] { 200, 200, 429, 200, 200, 429, 200 }, statuses);

            Emulator.SetFaults(null);
            using var after = await Client.PostAsync(EmulatorClient.ModelPath(Haiku, "converse"), LongPrompt);
            Assert.Equal(200, (int)after.StatusCode);
        }

        [Fact]
        public async Task Probability_faults_follow_the_seeded_sequence()
        {
            Emulator.SetFaults(new FaultSettings { Kind = FaultKind.ServiceUnavailable, Probability = 0.5, Seed = 7 });
            var expected = new Random(7);
            for (int i = 0; i < 12; i++)
            {
                int want = expected.NextDouble() < 0.5 ? 503 : 200;
                using var response = await Client.PostAsync(EmulatorClient.ModelPath(Haiku, "converse"), LongPrompt);
                Assert.Equal(want, (int)response.StatusCode);
            }
        }

        [Fact]
        public async Task Requests_above_the_rate_are_throttled_by_the_token_bucket()
        {
            Emulator.SetFaults(new FaultSettings { ThrottleAboveRequestsPerSecond = 5 });
            var tasks = Enumerable.Range(0, 30).Select(async _ =>
            {
                using var response = await Client.PostAsync(EmulatorClient.ModelPath(Haiku, "converse"), LongPrompt);
                return (int)response.StatusCode;
            });
            int[] statuses = await Task.WhenAll(tasks);

            Assert.Contains(429, statuses);
            Assert.True(statuses.Count(s => s == 200) >= 5);
        }

        [Fact]
        public async Task Emulator_wide_stream_fault_hits_streams()
        {
            Emulator.SetFaults(new FaultSettings { Kind = FaultKind.StreamModelError, AfterEvents = 1 });
            var call = await StreamCall.RunAsync(Client, EmulatorClient.ModelPath(Haiku, "converse-stream"), LongPrompt);
            Assert.Equal("modelStreamErrorException", call.Frames.Last().ExceptionType);
            Assert.Equal(500, call.Frames.Last().Json["originalStatusCode"]!.GetValue<int>());
        }

        [Fact]
        public void Fault_text_parses_into_settings()
        {
            var settings = FaultSettings.FromText("cut:4,latency:20");
            Assert.Equal(FaultKind.CutMidStream, settings.Kind);
            Assert.Equal(4, settings.AfterEvents);
            Assert.Equal(TimeSpan.FromMilliseconds(20), settings.AddedLatency);
            Assert.Throws<FormatException>(() => FaultSettings.FromText("nonsense"));
        }
    }
}
