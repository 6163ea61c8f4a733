using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BedrockPS.Emulator.Tests.Support;
using Xunit;

namespace BedrockPS.Emulator.Tests.Streaming
{
    /// <summary>ConverseStream frames: CRC-valid, one delta per word, padding, the closing events, tool use deltas.</summary>
    public sealed class ConverseStreamTests : EmulatorTest
    {
        private const string Haiku = "us.anthropic.claude-haiku-4-5-20251001-v1:0";


        [Fact]
        public async Task Stream_sends_one_delta_per_word_and_the_same_text_as_converse()
        {
            string body = EmulatorClient.UserMessage("The quick brown fox jumps");
            var call = await StreamCall.RunAsync(Client, EmulatorClient.ModelPath(Haiku, "converse-stream"), body);
            var whole = await Client.PostJsonAsync(EmulatorClient.ModelPath(Haiku, "converse"), body);

            Assert.Null(call.Failure);
            Assert.Equal("application/vnd.amazon.eventstream", call.Response.Content.Headers.ContentType!.MediaType);
            Assert.Equal(new[] { "messageStart" }, call.Frames.Take(1).Select(f => f.EventType));
            Assert.Equal(6, call.Events("contentBlockDelta").Count());
            Assert.Equal(whole["output"]!["message"]!["content"]![0]!["text"]!.GetValue<string>(), call.ConverseText);
            Assert.Equal(new[] { "contentBlockStop", "messageStop", "metadata" }, call.Frames.Skip(call.Frames.Count - 3).Select(f => f.EventType));
            Assert.Equal("end_turn", call.Events("messageStop").Single().Json["stopReason"]!.GetValue<string>());
            Assert.Equal(whole["usage"]!.ToJsonString(), call.Events("metadata").Single().Json["usage"]!.ToJsonString());
        }

        [Fact]
        public async Task Every_event_has_the_event_headers_and_a_letters_and_digits_padding()
        {
            var call = await StreamCall.RunAsync(Client, EmulatorClient.ModelPath(Haiku, "converse-stream"), EmulatorClient.UserMessage("pad me"));

            Assert.NotEmpty(call.Frames);
            foreach (var frame in call.Frames)
            {
                Assert.Equal("event", frame.MessageType);
                Assert.Equal("application/json", frame.Headers[":content-type"]);
                string padding = frame.Json["p"]!.GetValue<string>();
                Assert.Matches("^[a-zA-Z0-9]+$", padding);
            }
        }

        [Fact]
        public async Task Stream_of_a_required_tool_sends_start_and_input_fragments_that_parse()
        {
            const string tools = ",\"toolConfig\":{\"tools\":[{\"toolSpec\":{\"name\":\"search\",\"inputSchema\":{\"json\":{\"type\":\"object\",\"properties\":{\"query\":{\"type\":\"string\"}}}}}}],\"toolChoice\":{\"tool\":{\"name\":\"search\"}}}";
            var call = await StreamCall.RunAsync(Client, EmulatorClient.ModelPath(Haiku, "converse-stream"), EmulatorClient.UserMessage("find cats", tools));

            var start = call.Events("contentBlockStart").Single().Json["start"]!["toolUse"]!;
            Assert.Equal("search", start["name"]!.GetValue<string>());
            Assert.StartsWith("tooluse_", start["toolUseId"]!.GetValue<string>());
            var fragments = call.Events("contentBlockDelta").Select(f => f.Json["delta"]!["toolUse"]!["input"]!.GetValue<string>()).ToList();
            Assert.Equal(2, fragments.Count);
            Assert.Equal("find cats", JsonNode.Parse(string.Concat(fragments))!["query"]!.GetValue<string>());
            Assert.Equal("tool_use", call.Events("messageStop").Single().Json["stopReason"]!.GetValue<string>());
        }

        [Fact]
        public async Task Streaming_to_a_model_without_streaming_is_ValidationException()
        {
            using var response = await Client.PostAsync(EmulatorClient.ModelPath("amazon.titan-embed-text-v2:0", "invoke-with-response-stream"), "{\"inputText\":\"x\"}");
            await ErrorAssert.IsAsync(response, 400, "ValidationException");
        }

        [Fact]
        public async Task Stream_delay_spaces_the_deltas_out()
        {
            Emulator.StreamDelay = TimeSpan.FromMilliseconds(40);
            var call = await StreamCall.RunAsync(Client, EmulatorClient.ModelPath(Haiku, "converse-stream"), EmulatorClient.UserMessage("one two three four"));
            Assert.Null(call.Failure);
            // Five deltas, each at least about 40 ms apart (timer granularity allowed for): the emulator's own record of the
            // stream is at least the delays it added. A floor no slow machine can break; how fast it runs is not asserted.
            Assert.True(call.Events("metadata").Single().Json["metrics"]!["latencyMs"]!.GetValue<long>() >= 150);
        }
    }
}
