using System;
using System.Linq;
using System.Threading.Tasks;
using BedrockPS.Emulator.Tests.Support;
using Xunit;

namespace BedrockPS.Emulator.Tests.Streaming
{
    /// <summary>InvokeModelWithResponseStream: base64 native chunks per family, invocation metrics on the last one.</summary>
    public sealed class InvokeModelStreamTests : EmulatorTest
    {
        [Theory]
        [InlineData("us.anthropic.claude-haiku-4-5-20251001-v1:0", "{\"anthropic_version\":\"bedrock-2023-05-31\",\"max_tokens\":50,\"messages\":[{\"role\":\"user\",\"content\":\"stream this text\"}]}", "delta.text")]
        [InlineData("amazon.titan-text-lite-v1", "{\"inputText\":\"stream this text\"}", "outputText")]
        [InlineData("amazon.nova-lite-v1:0", "{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"stream this text\"}]}]}", "contentBlockDelta.delta.text")]
        [InlineData("meta.llama3-70b-instruct-v1:0", "{\"prompt\":\"stream this text\"}", "generation")]
        [InlineData("mistral.mistral-7b-instruct-v0:2", "{\"prompt\":\"<s>[INST] stream this text [/INST]\"}", "outputs.0.text")]
        [InlineData("mistral.mistral-large-2402-v1:0", "{\"messages\":[{\"role\":\"user\",\"content\":\"stream this text\"}]}", "choices.0.message.content")]
        [InlineData("cohere.command-r-plus-v1:0", "{\"message\":\"stream this text\"}", "text")]
        public async Task Each_family_streams_its_native_chunks_with_metrics_last(string modelId, string body, string textPath)
        {
            var call = await StreamCall.RunAsync(Client, EmulatorClient.ModelPath(modelId, "invoke-with-response-stream"), body);

            Assert.Null(call.Failure);
            Assert.Equal("application/json", call.Response.Headers.GetValues("X-Amzn-Bedrock-Content-Type").Single());
            var chunks = call.Chunks;
            string text = string.Concat(chunks.Select(c => Find(c, textPath)));
            Assert.Equal("Echo: stream this text", text);
            var metrics = chunks.Last()["amazon-bedrock-invocationMetrics"]!;
            Assert.Equal(3, metrics["inputTokenCount"]!.GetValue<int>());
            Assert.Equal(4, metrics["outputTokenCount"]!.GetValue<int>());
            Assert.All(chunks.Take(chunks.Count - 1), c => Assert.Null(c["amazon-bedrock-invocationMetrics"]));
            Assert.All(call.Frames, f => Assert.Matches("^[a-zA-Z0-9]+$", f.Json["p"]!.GetValue<string>()));
        }

        private static string Find(System.Text.Json.Nodes.JsonNode node, string path)
        {
            System.Text.Json.Nodes.JsonNode? current = node;
            foreach (string part in path.Split('.'))
            {
                current = int.TryParse(part, out int index) ? (current as System.Text.Json.Nodes.JsonArray)?[index] : (current as System.Text.Json.Nodes.JsonObject)?[part];
            }
            return current is System.Text.Json.Nodes.JsonValue value && value.TryGetValue(out string? text) ? text : string.Empty;
        }
    }
}
