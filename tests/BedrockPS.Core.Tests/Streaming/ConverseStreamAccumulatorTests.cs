using System.Text.Json;
using BedrockPS.Core.Models;
using BedrockPS.Core.Serialization;

namespace BedrockPS.Core.Tests.Streaming
{
    public sealed class ConverseStreamAccumulatorTests
    {
        private static ConverseStreamEvent Parse(string kind, string json)
        {
            var streamEvent = new ConverseStreamEvent { Kind = kind };
            switch (kind)
            {
                case "messageStart": streamEvent.MessageStart = BedrockJson.Deserialize<MessageStartEvent>(json); break;
                case "contentBlockStart": streamEvent.ContentBlockStart = BedrockJson.Deserialize<ContentBlockStartEvent>(json); break;
                case "contentBlockDelta": streamEvent.ContentBlockDelta = BedrockJson.Deserialize<ContentBlockDeltaEvent>(json); break;
                case "contentBlockStop": streamEvent.ContentBlockStop = BedrockJson.Deserialize<ContentBlockStopEvent>(json); break;
                case "messageStop": streamEvent.MessageStop = BedrockJson.Deserialize<MessageStopEvent>(json); break;
                case "metadata": streamEvent.Metadata = BedrockJson.Deserialize<ConverseStreamMetadataEvent>(json); break;
            }
            return streamEvent;
        }

        [Fact]
        public void Reasoning_text_tool_use_and_citations_assemble_like_a_converse_response()
        {
            var accumulator = new ConverseStreamAccumulator();
            accumulator.Add(Parse("messageStart", "{\"role\":\"assistant\"}"));
            accumulator.Add(Parse("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"reasoningContent\":{\"text\":\"Think \"}}}"));
            accumulator.Add(Parse("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"reasoningContent\":{\"text\":\"hard.\"}}}"));
            accumulator.Add(Parse("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"reasoningContent\":{\"signature\":\"sig-1\"}}}"));
            accumulator.Add(Parse("contentBlockStop", "{\"contentBlockIndex\":0}"));
            accumulator.Add(Parse("contentBlockDelta", "{\"contentBlockIndex\":1,\"delta\":{\"text\":\"Paris\"}}"));
            accumulator.Add(Parse("contentBlockStart", "{\"contentBlockIndex\":2,\"start\":{\"toolUse\":{\"toolUseId\":\"t1\",\"name\":\"weather\"}}}"));
            accumulator.Add(Parse("contentBlockDelta", "{\"contentBlockIndex\":2,\"delta\":{\"toolUse\":{\"input\":\"{\\\"city\\\":\"}}}"));
            accumulator.Add(Parse("contentBlockDelta", "{\"contentBlockIndex\":2,\"delta\":{\"toolUse\":{\"input\":\"\\\"Paris\\\",\\\"days\\\":[1,2]}\"}}}"));
            accumulator.Add(Parse("contentBlockStart", "{\"contentBlockIndex\":3,\"start\":{\"toolUse\":{\"toolUseId\":\"t2\",\"name\":\"now\"}}}"));
            accumulator.Add(Parse("contentBlockDelta", "{\"contentBlockIndex\":4,\"delta\":{\"text\":\"cited\"}}"));
            accumulator.Add(Parse("contentBlockDelta", "{\"contentBlockIndex\":4,\"delta\":{\"citation\":{\"title\":\"Doc\",\"location\":{\"documentChar\":{\"documentIndex\":0,\"start\":1,\"end\":5}}}}}"));
            accumulator.Add(Parse("messageStop", "{\"stopReason\":\"tool_use\",\"additionalModelResponseFields\":{\"x\":[1]}}"));
            Assert.False(accumulator.IsComplete);
            accumulator.Add(Parse("metadata", "{\"usage\":{\"inputTokens\":10,\"outputTokens\":5,\"totalTokens\":15,\"cacheReadInputTokens\":3,\"cacheWriteInputTokens\":2},\"metrics\":{\"latencyMs\":99},\"p\":\"pad\"}"));

            var response = accumulator.ToResponse();
            var content = response.Output!.Message!.Content;
            Assert.Equal("Think hard.", content[0].ReasoningContent!.ReasoningText!.Text);
            Assert.Equal("sig-1", content[0].ReasoningContent!.ReasoningText!.Signature);
            Assert.Equal("Paris", content[1].Text);
            Assert.Equal("{\"city\":\"Paris\",\"days\":[1,2]}", content[2].ToolUse!.Input!.Value.GetRawText());
            Assert.Equal("{}", content[3].ToolUse!.Input!.Value.GetRawText());
            Assert.Equal("cited", content[4].CitationsContent!.Content![0].Text);
            Assert.Equal(5, content[4].CitationsContent!.Citations![0].Location!.DocumentChar!.End);
            Assert.Equal("tool_use", response.StopReason);
            Assert.Equal(3, response.Usage!.CacheReadInputTokens);
            Assert.Equal(2, response.Usage!.CacheWriteInputTokens);
            Assert.Equal(99, response.Metrics!.LatencyMs);
            Assert.Equal("{\"x\":[1]}", response.AdditionalModelResponseFields!.Value.GetRawText());
            Assert.Equal("Pariscited", accumulator.Text);
            Assert.True(accumulator.IsComplete);
        }

        [Fact]
        public void Accumulated_response_serializes_like_a_converse_response()
        {
            var accumulator = new ConverseStreamAccumulator();
            accumulator.Add(Parse("messageStart", "{\"role\":\"assistant\"}"));
            accumulator.Add(Parse("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"Hi\"}}"));
            accumulator.Add(Parse("messageStop", "{\"stopReason\":\"end_turn\"}"));
            accumulator.Add(Parse("metadata", "{\"usage\":{\"inputTokens\":1,\"outputTokens\":1,\"totalTokens\":2},\"metrics\":{\"latencyMs\":7}}"));

            var json = BedrockJson.Serialize(accumulator.ToResponse());

            Infrastructure.JsonAssert.Equivalent(
                "{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"text\":\"Hi\"}]}},\"stopReason\":\"end_turn\",\"usage\":{\"inputTokens\":1,\"outputTokens\":1,\"totalTokens\":2},\"metrics\":{\"latencyMs\":7}}",
                json);
        }
    }
}
