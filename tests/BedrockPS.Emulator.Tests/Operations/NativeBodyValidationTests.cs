using System;
using System.Threading.Tasks;
using BedrockPS.Emulator.Tests.Support;
using Xunit;

namespace BedrockPS.Emulator.Tests.Operations
{
    /// <summary>Native InvokeModel bodies are checked against each family's request schema, with the service's wording.</summary>
    public sealed class NativeBodyValidationTests : EmulatorTest
    {
        private const string Haiku45 = "us.anthropic.claude-haiku-4-5-20251001-v1:0";
        private const string Claude = "{\"anthropic_version\":\"bedrock-2023-05-31\",\"max_tokens\":20,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]";

        private static string Malformed(string detail) => "Malformed input request: " + detail + ", please reformat your input and try again.";

        [Theory]
        [InlineData(Haiku45, Claude + ",\"temperature\":5}", "#/temperature: 5 is not less or equal to 1")]
        [InlineData(Haiku45, Claude + ",\"foo\":1}", "#: extraneous key [foo] is not permitted")]
        [InlineData(Haiku45, "{\"anthropic_version\":\"bedrock-2023-05-31\",\"max_tokens\":20,\"messages\":[{\"role\":\"user\",\"content\":\"hi\",\"foo\":true}]}", "#/messages/0: extraneous key [foo] is not permitted")]
        [InlineData(Haiku45, "{\"anthropic_version\":\"bedrock-2023-05-31\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "#: required key [max_tokens] not found")]
        [InlineData(Haiku45, "{\"anthropic_version\":\"bedrock-2023-05-31\",\"max_tokens\":\"20\",\"messages\":[]}", "#/max_tokens: expected type: Integer, found: String")]
        [InlineData(Haiku45, Claude + ",\"temperature\":5,\"foo\":1}", "#: extraneous key [foo] is not permitted#/temperature: 5 is not less or equal to 1")]
        [InlineData("us.meta.llama3-1-8b-instruct-v1:0", "{\"messages\":[]}", "#: required key [prompt] not found#: extraneous key [messages] is not permitted")]
        [InlineData("amazon.nova-lite-v1:0", "{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"hi\"}]}],\"performanceConfig\":{\"latency\":\"optimized\"}}", "#: extraneous key [performanceConfig] is not permitted")]
        [InlineData("amazon.nova-lite-v1:0", "{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"hi\"}]}],\"inferenceConfig\":{\"max_tokens\":5}}", "#/inferenceConfig: extraneous key [max_tokens] is not permitted")]
        [InlineData("us.meta.llama3-1-8b-instruct-v1:0", "{\"prompt\":\"hi\",\"temperature\":1.5}", "#/temperature: 1.5 is not less or equal to 1")]
        [InlineData("amazon.titan-text-express-v1", "{\"inputText\":\"hi\",\"textGenerationConfig\":{\"topP\":-1}}", "#/textGenerationConfig/topP: -1 is not greater or equal to 0")]
        [InlineData("mistral.mistral-7b-instruct-v0:2", "{\"prompt\":\"hi\",\"max_new_tokens\":5}", "#: extraneous key [max_new_tokens] is not permitted")]
        [InlineData("cohere.command-r-v1:0", "{\"message\":\"hi\",\"temperature\":0.5,\"top_p\":0.5}", "#: extraneous key [top_p] is not permitted")]
        public async Task A_body_outside_its_family_schema_is_malformed_input(string model, string body, string detail)
        {
            using var response = await Client.PostAsync(EmulatorClient.ModelPath(model, "invoke"), body);
            Assert.Equal(Malformed(detail), await ErrorAssert.IsAsync(response, 400, "ValidationException"));
        }

        [Theory]
        [InlineData(Haiku45, Claude + ",\"system\":\"Be kind\",\"temperature\":0.5,\"top_k\":250,\"stop_sequences\":[\"END\"],\"anthropic_beta\":[],\"tools\":[],\"thinking\":{\"type\":\"disabled\"}}")]
        [InlineData("amazon.nova-lite-v1:0", "{\"schemaVersion\":\"messages-v1\",\"system\":[{\"text\":\"s\"}],\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"hi\"}]}],\"inferenceConfig\":{\"max_new_tokens\":5,\"temperature\":1,\"topP\":0.9,\"topK\":20}}")]
        [InlineData("us.meta.llama3-1-8b-instruct-v1:0", "{\"prompt\":\"hi\",\"temperature\":0.5,\"top_p\":0.9,\"max_gen_len\":64}")]
        [InlineData("amazon.titan-text-express-v1", "{\"inputText\":\"hi\",\"textGenerationConfig\":{\"temperature\":0,\"topP\":1,\"maxTokenCount\":10,\"stopSequences\":[]}}")]
        [InlineData("mistral.mistral-large-2402-v1:0", "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"max_tokens\":10,\"temperature\":0.2,\"top_p\":0.9,\"tool_choice\":\"auto\"}")]
        [InlineData("cohere.command-r-v1:0", "{\"message\":\"hi\",\"chat_history\":[],\"preamble\":\"p\",\"temperature\":0.3,\"p\":0.75,\"k\":0,\"max_tokens\":10}")]
        public async Task Valid_bodies_of_each_family_are_still_answered(string model, string body)
        {
            using var response = await Client.PostAsync(EmulatorClient.ModelPath(model, "invoke"), body);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }

        [Fact]
        public async Task CountTokens_checks_the_native_body_the_same_way()
        {
            string encoded = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"hi\"}]}],\"foo\":1}"));
            using var response = await Client.PostAsync(EmulatorClient.ModelPath("amazon.nova-lite-v1:0", "count-tokens"),
                "{\"input\":{\"invokeModel\":{\"body\":\"" + encoded + "\"}}}");
            Assert.Equal(Malformed("#: extraneous key [foo] is not permitted"), await ErrorAssert.IsAsync(response, 400, "ValidationException"));
        }
    }
}
