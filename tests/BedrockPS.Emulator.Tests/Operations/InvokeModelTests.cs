using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BedrockPS.Emulator.Tests.Support;
using Xunit;

namespace BedrockPS.Emulator.Tests.Operations
{
    /// <summary>InvokeModel with each family's native body; token-count and latency headers; malformed bodies.</summary>
    public sealed class InvokeModelTests : EmulatorTest
    {
        [Fact]
        public async Task Anthropic_messages_body_gets_a_message_with_usage_and_token_headers()
        {
            using var response = await Client.PostAsync(EmulatorClient.ModelPath("us.anthropic.claude-haiku-4-5-20251001-v1:0", "invoke"),
                "{\"anthropic_version\":\"bedrock-2023-05-31\",\"max_tokens\":50,\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Tell me a joke\"}]}]}");
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

            Assert.Equal(200, (int)response.StatusCode);
            Assert.Equal("message", body["type"]!.GetValue<string>());
            Assert.Equal("Echo: Tell me a joke", body["content"]![0]!["text"]!.GetValue<string>());
            Assert.Equal("end_turn", body["stop_reason"]!.GetValue<string>());
            Assert.Equal("4", response.Headers.GetValues("X-Amzn-Bedrock-Input-Token-Count").Single());
            Assert.Equal("5", response.Headers.GetValues("X-Amzn-Bedrock-Output-Token-Count").Single());
            Assert.True(int.Parse(response.Headers.GetValues("X-Amzn-Bedrock-Invocation-Latency").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 0);
            Assert.Equal(4, body["usage"]!["input_tokens"]!.GetValue<int>());
        }

        [Theory]
        [InlineData("{\"max_tokens\":10,\"messages\":[]}", "required key [anthropic_version] not found")]
        [InlineData("{\"anthropic_version\":\"bedrock-2023-05-31\",\"messages\":[]}", "required key [max_tokens] not found")]
        [InlineData("{\"anthropic_version\":\"2020-01-01\",\"max_tokens\":10,\"messages\":[]}", "is not a valid enum value")]
        [InlineData("[1,2]", "Malformed input request")]
        public async Task Malformed_native_body_is_ValidationException(string body, string expected)
        {
            using var response = await Client.PostAsync(EmulatorClient.ModelPath("us.anthropic.claude-haiku-4-5-20251001-v1:0", "invoke"), body);
            Assert.Contains(expected, await ErrorAssert.IsAsync(response, 400, "ValidationException"));
        }

        [Fact]
        public async Task Titan_text_honours_max_token_count_with_completion_reason_LENGTH()
        {
            var body = await Client.PostJsonAsync(EmulatorClient.ModelPath("amazon.titan-text-express-v1", "invoke"),
                "{\"inputText\":\"a b c d e\",\"textGenerationConfig\":{\"maxTokenCount\":2}}");
            Assert.Equal("Echo: a", body["results"]![0]!["outputText"]!.GetValue<string>());
            Assert.Equal("LENGTH", body["results"]![0]!["completionReason"]!.GetValue<string>());
            Assert.Equal(5, body["inputTextTokenCount"]!.GetValue<int>());
        }

        [Fact]
        public async Task Titan_embedding_is_deterministic_unit_length_and_sized_by_dimensions()
        {
            string path = EmulatorClient.ModelPath("amazon.titan-embed-text-v2:0", "invoke");
            var first = await Client.PostJsonAsync(path, "{\"inputText\":\"hello world\",\"dimensions\":256}");
            var again = await Client.PostJsonAsync(path, "{\"inputText\":\"hello world\",\"dimensions\":256}");
            var other = await Client.PostJsonAsync(path, "{\"inputText\":\"goodbye\",\"dimensions\":256}");

            var vector = first["embedding"]!.AsArray().Select(v => v!.GetValue<double>()).ToArray();
            Assert.Equal(256, vector.Length);
            Assert.Equal(1.0, Math.Sqrt(vector.Sum(v => v * v)), 6);
            Assert.Equal(first["embedding"]!.ToJsonString(), again["embedding"]!.ToJsonString());
            Assert.NotEqual(first["embedding"]!.ToJsonString(), other["embedding"]!.ToJsonString());
            Assert.Equal(2, first["inputTextTokenCount"]!.GetValue<int>());
        }

        [Fact]
        public async Task Nova_native_body_gets_converse_like_output()
        {
            var body = await Client.PostJsonAsync(EmulatorClient.ModelPath("amazon.nova-micro-v1:0", "invoke"),
                "{\"schemaVersion\":\"messages-v1\",\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"Hi Nova\"}]}],\"inferenceConfig\":{\"max_new_tokens\":100}}");
            Assert.Equal("Echo: Hi Nova", body["output"]!["message"]!["content"]![0]!["text"]!.GetValue<string>());
            Assert.Equal("end_turn", body["stopReason"]!.GetValue<string>());
            Assert.Equal(2, body["usage"]!["inputTokens"]!.GetValue<int>());
        }

        [Fact]
        public async Task Llama_prompt_template_is_read_for_the_last_user_turn()
        {
            var body = await Client.PostJsonAsync(EmulatorClient.ModelPath("meta.llama3-8b-instruct-v1:0", "invoke"),
                "{\"prompt\":\"<|begin_of_text|><|start_header_id|>user<|end_header_id|>\\nWhat is Rust?<|eot_id|><|start_header_id|>assistant<|end_header_id|>\",\"max_gen_len\":128}");
            Assert.Equal("Echo: What is Rust?", body["generation"]!.GetValue<string>());
            Assert.Equal("stop", body["stop_reason"]!.GetValue<string>());
            Assert.Equal(3, body["prompt_token_count"]!.GetValue<int>());
        }

        [Fact]
        public async Task Mistral_text_and_chat_completions_have_their_own_shapes()
        {
            string path = EmulatorClient.ModelPath("mistral.mistral-large-2402-v1:0", "invoke");
            var text = await Client.PostJsonAsync(path, "{\"prompt\":\"<s>[INST] Hello Mistral [/INST]\",\"max_tokens\":100}");
            var chat = await Client.PostJsonAsync(path, "{\"messages\":[{\"role\":\"user\",\"content\":\"Hello chat\"}],\"max_tokens\":100}");

            Assert.Equal("Echo: Hello Mistral", text["outputs"]![0]!["text"]!.GetValue<string>());
            Assert.Equal("stop", text["outputs"]![0]!["stop_reason"]!.GetValue<string>());
            Assert.Equal("Echo: Hello chat", chat["choices"]![0]!["message"]!["content"]!.GetValue<string>());
        }

        [Fact]
        public async Task Cohere_command_r_answers_a_v1_chat_response()
        {
            var body = await Client.PostJsonAsync(EmulatorClient.ModelPath("cohere.command-r-v1:0", "invoke"),
                "{\"message\":\"Hello Cohere\",\"chat_history\":[{\"role\":\"USER\",\"message\":\"earlier\"},{\"role\":\"CHATBOT\",\"message\":\"reply\"}]}");
            Assert.Equal("Echo: Hello Cohere", body["text"]!.GetValue<string>());
            Assert.Equal("COMPLETE", body["finish_reason"]!.GetValue<string>());
        }

        [Fact]
        public async Task Cohere_embed_returns_one_vector_per_text()
        {
            var body = await Client.PostJsonAsync(EmulatorClient.ModelPath("cohere.embed-english-v3", "invoke"),
                "{\"texts\":[\"one\",\"two\"],\"input_type\":\"search_document\"}");
            Assert.Equal(2, body["embeddings"]!.AsArray().Count);
            Assert.Equal(1024, body["embeddings"]![0]!.AsArray().Count);
        }

        [Fact]
        public async Task Image_model_returns_png_images()
        {
            var body = await Client.PostJsonAsync(EmulatorClient.ModelPath("amazon.nova-canvas-v1:0", "invoke"),
                "{\"taskType\":\"TEXT_IMAGE\",\"textToImageParams\":{\"text\":\"a cat\"},\"imageGenerationConfig\":{\"numberOfImages\":2}}");
            var images = body["images"]!.AsArray();
            Assert.Equal(2, images.Count);
            byte[] png = Convert.FromBase64String(images[0]!.GetValue<string>());
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png.Take(4).ToArray());
        }

        [Fact]
        public async Task Unknown_model_on_invoke_is_ValidationException()
        {
            using var response = await Client.PostAsync(EmulatorClient.ModelPath("nobody.model-v1", "invoke"), "{}");
            Assert.Equal("The provided model identifier is invalid.", await ErrorAssert.IsAsync(response, 400, "ValidationException"));
        }
    }
}
