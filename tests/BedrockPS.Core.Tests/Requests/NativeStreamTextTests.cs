using System.Text.Json;
using BedrockPS.Core.Requests;
using Xunit;

namespace BedrockPS.Core.Tests.Requests
{
    public class NativeStreamTextTests
    {
        [Theory]
        [InlineData("{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Hel\"}}", "Hel")]
        [InlineData("{\"contentBlockDelta\":{\"delta\":{\"text\":\"lo\"},\"contentBlockIndex\":0}}", "lo")]
        [InlineData("{\"outputText\":\"titan\",\"index\":0}", "titan")]
        [InlineData("{\"generation\":\"llama\",\"stop_reason\":null}", "llama")]
        [InlineData("{\"outputs\":[{\"text\":\"mis\",\"stop_reason\":null}]}", "mis")]
        [InlineData("{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"tral\"}}]}", "tral")]
        [InlineData("{\"event_type\":\"text-generation\",\"text\":\"cohere\",\"is_finished\":false}", "cohere")]
        public void Text_is_found_in_each_model_family_chunk(string chunk, string expected)
        {
            using JsonDocument document = JsonDocument.Parse(chunk);

            Assert.Equal(expected, NativeStreamText.Extract(document.RootElement));
        }

        [Theory]
        [InlineData("{\"type\":\"message_start\",\"message\":{\"role\":\"assistant\"}}")]
        [InlineData("{\"type\":\"message_stop\",\"amazon-bedrock-invocationMetrics\":{\"inputTokenCount\":3}}")]
        [InlineData("[1,2]")]
        public void Chunks_without_text_give_null(string chunk)
        {
            using JsonDocument document = JsonDocument.Parse(chunk);

            Assert.Null(NativeStreamText.Extract(document.RootElement));
        }
    }
}
