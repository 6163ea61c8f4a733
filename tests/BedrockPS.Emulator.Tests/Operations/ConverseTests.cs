using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BedrockPS.Emulator.Tests.Support;
using Xunit;

namespace BedrockPS.Emulator.Tests.Operations
{
    /// <summary>Converse: the deterministic answer, usage, limits, model id forms and request validation.</summary>
    public sealed class ConverseTests : IDisposable
    {
        private const string Haiku = "us.anthropic.claude-haiku-4-5-20251001-v1:0";
        private readonly BedrockEmulator _emulator;
        private readonly EmulatorClient _client;

        public ConverseTests()
        {
            var options = new EmulatorOptions();
            options.DisabledModels.Add("amazon.nova-pro-v1:0");
            _emulator = BedrockEmulator.Start(options);
            _client = new EmulatorClient(_emulator);
        }

        [Fact]
        public async Task Converse_echoes_the_last_user_text_with_word_token_usage()
        {
            var response = await _client.PostJsonAsync(EmulatorClient.ModelPath(Haiku, "converse"),
                "{\"system\":[{\"text\":\"Be brief\"}],\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"What is DNS?\"}]}]}");

            Assert.Equal("assistant", response["output"]!["message"]!["role"]!.GetValue<string>());
            Assert.Equal("Echo: What is DNS?", response["output"]!["message"]!["content"]![0]!["text"]!.GetValue<string>());
            Assert.Equal("end_turn", response["stopReason"]!.GetValue<string>());
            Assert.Equal(5, response["usage"]!["inputTokens"]!.GetValue<int>());
            Assert.Equal(4, response["usage"]!["outputTokens"]!.GetValue<int>());
            Assert.Equal(9, response["usage"]!["totalTokens"]!.GetValue<int>());
            Assert.True(response["metrics"]!["latencyMs"]!.GetValue<long>() >= 0);
        }

        [Fact]
        public async Task Performance_config_and_service_tier_are_reported_back()
        {
            // Latency-optimized inference and the flex tier are offered on Llama 3.1 70B and Nova Lite respectively.
            var optimized = await _client.PostJsonAsync(EmulatorClient.ModelPath("us.meta.llama3-1-70b-instruct-v1:0", "converse"),
                EmulatorClient.UserMessage("hi", ",\"performanceConfig\":{\"latency\":\"optimized\"},\"requestMetadata\":{\"team\":\"ops-1\"}"));
            Assert.Equal("optimized", optimized["performanceConfig"]!["latency"]!.GetValue<string>());
            var flex = await _client.PostJsonAsync(EmulatorClient.ModelPath("amazon.nova-lite-v1:0", "converse"),
                EmulatorClient.UserMessage("hi", ",\"serviceTier\":{\"type\":\"flex\"},\"requestMetadata\":{\"team\":\"ops-1\"}"));
            Assert.Equal("flex", flex["serviceTier"]!["type"]!.GetValue<string>());
        }

        [Fact]
        public async Task Converse_response_carries_a_uuid_request_id()
        {
            using var response = await _client.PostAsync(EmulatorClient.ModelPath(Haiku, "converse"), EmulatorClient.UserMessage("hi"));
            Assert.True(Guid.TryParse(response.Headers.GetValues("x-amzn-RequestId").Single(), out _));
            Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        }

        [Fact]
        public async Task MaxTokens_truncates_to_that_many_words_with_stop_reason_max_tokens()
        {
            var response = await _client.PostJsonAsync(EmulatorClient.ModelPath(Haiku, "converse"),
                EmulatorClient.UserMessage("one two three four five", ",\"inferenceConfig\":{\"maxTokens\":3}"));

            Assert.Equal("Echo: one two", response["output"]!["message"]!["content"]![0]!["text"]!.GetValue<string>());
            Assert.Equal("max_tokens", response["stopReason"]!.GetValue<string>());
            Assert.Equal(3, response["usage"]!["outputTokens"]!.GetValue<int>());
        }

        [Fact]
        public async Task Stop_sequence_cuts_the_text_with_stop_reason_stop_sequence()
        {
            var response = await _client.PostJsonAsync(EmulatorClient.ModelPath(Haiku, "converse"),
                EmulatorClient.UserMessage("alpha beta STOP gamma", ",\"inferenceConfig\":{\"stopSequences\":[\"STOP\"]},\"additionalModelResponseFieldPaths\":[\"/stop_sequence\"]"));

            Assert.Equal("Echo: alpha beta ", response["output"]!["message"]!["content"]![0]!["text"]!.GetValue<string>());
            Assert.Equal("stop_sequence", response["stopReason"]!.GetValue<string>());
            Assert.Equal("STOP", response["additionalModelResponseFields"]!["stop_sequence"]!.GetValue<string>());
        }

        [Theory]
        [InlineData("us.anthropic.claude-haiku-4-5-20251001-v1:0")]
        [InlineData("global.anthropic.claude-sonnet-4-5-20250929-v1:0")]
        [InlineData("eu.amazon.nova-lite-v1:0")]
        [InlineData("arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-micro-v1:0")]
        [InlineData("arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-haiku-4-5-20251001-v1:0")]
        public async Task Profile_ids_and_arns_are_accepted_as_one_encoded_segment(string modelId)
        {
            var response = await _client.PostJsonAsync(EmulatorClient.ModelPath(modelId, "converse"), EmulatorClient.UserMessage("ping"));
            Assert.Equal("Echo: ping", response["output"]!["message"]!["content"]![0]!["text"]!.GetValue<string>());
        }

        [Fact]
        public async Task Unknown_foundation_model_is_ResourceNotFoundException()
        {
            using var response = await _client.PostAsync(EmulatorClient.ModelPath("anthropic.claude-nope-v1:0", "converse"), EmulatorClient.UserMessage("hi"));
            await ErrorAssert.IsAsync(response, 404, "ResourceNotFoundException");
        }

        [Fact]
        public async Task Unknown_inference_profile_is_ValidationException_like_the_service()
        {
            using var response = await _client.PostAsync(EmulatorClient.ModelPath("us.does-not-exist-model-v1:0", "converse"), EmulatorClient.UserMessage("hi"));
            Assert.Equal("The provided model identifier is invalid.", await ErrorAssert.IsAsync(response, 400, "ValidationException"));
        }

        [Fact]
        public async Task Model_without_access_is_AccessDeniedException()
        {
            using var response = await _client.PostAsync(EmulatorClient.ModelPath("amazon.nova-pro-v1:0", "converse"), EmulatorClient.UserMessage("hi"));
            await ErrorAssert.IsAsync(response, 403, "AccessDeniedException");
        }

        [Fact]
        public async Task Only_enabled_models_answer_when_an_enabled_list_is_set()
        {
            var options = new EmulatorOptions { EnabledModels = new[] { "amazon.nova-micro-v1:0" } };
            using var emulator = BedrockEmulator.Start(options);
            using var client = new EmulatorClient(emulator);

            using var enabled = await client.PostAsync(EmulatorClient.ModelPath("us.amazon.nova-micro-v1:0", "converse"), EmulatorClient.UserMessage("hi"));
            using var other = await client.PostAsync(EmulatorClient.ModelPath(Haiku, "invoke"), "{}");
            var listed = (await client.GetJsonAsync("/foundation-models"))["modelSummaries"]!.AsArray();

            Assert.Equal(200, (int)enabled.StatusCode);
            Assert.Equal("You don't have access to the model with the specified model ID.", await ErrorAssert.IsAsync(other, 403, "AccessDeniedException"));
            Assert.True(listed.Count >= 20);
        }

        [Fact]
        public async Task Profile_only_model_by_bare_id_is_refused_on_demand()
        {
            using var response = await _client.PostAsync(EmulatorClient.ModelPath("anthropic.claude-sonnet-4-20250514-v1:0", "converse"), EmulatorClient.UserMessage("hi"));
            Assert.Contains("on-demand throughput", await ErrorAssert.IsAsync(response, 400, "ValidationException"));
        }

        [Fact]
        public async Task Embedding_model_is_refused_by_converse()
        {
            using var response = await _client.PostAsync(EmulatorClient.ModelPath("amazon.titan-embed-text-v2:0", "converse"), EmulatorClient.UserMessage("hi"));
            await ErrorAssert.IsAsync(response, 400, "ValidationException");
        }

        [Fact]
        public async Task Model_id_longer_than_2048_characters_fails_its_length_constraint()
        {
            using var response = await _client.PostAsync(EmulatorClient.ModelPath(new string('a', 2049), "converse"), EmulatorClient.UserMessage("hi"));
            Assert.Contains("at 'modelId' failed to satisfy constraint: Member must have length less than or equal to 2048", await ErrorAssert.IsAsync(response, 400, "ValidationException"));
        }

        [Theory]
        [InlineData(",\"inferenceConfig\":{\"maxTokens\":0}", "Value '0' at 'inferenceConfig.maxTokens' failed to satisfy constraint: Member must have value greater than or equal to 1")]
        [InlineData(",\"inferenceConfig\":{\"temperature\":1.5}", "Value '1.5' at 'inferenceConfig.temperature' failed to satisfy constraint: Member must have value less than or equal to 1")]
        [InlineData(",\"inferenceConfig\":{\"topP\":-0.1}", "Value '-0.1' at 'inferenceConfig.topP' failed to satisfy constraint: Member must have value greater than or equal to 0")]
        [InlineData(",\"toolConfig\":{\"tools\":[{\"toolSpec\":{\"name\":\"bad name\",\"inputSchema\":{\"json\":{}}}}]}", "Value 'bad name' at 'toolConfig.tools.1.member.toolSpec.name' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_-]+")]
        [InlineData(",\"toolConfig\":{\"tools\":[]}", "at 'toolConfig.tools' failed to satisfy constraint: Member must have length greater than or equal to 1")]
        [InlineData(",\"performanceConfig\":{\"latency\":\"warp\"}", "Value 'warp' at 'performanceConfig.latency' failed to satisfy constraint: Member must satisfy enum value set: [optimized, standard]")]
        [InlineData(",\"requestMetadata\":{\"bad key!\":\"v\"}", "Value 'bad key!' at 'requestMetadata' failed to satisfy constraint")]
        public async Task Constraint_violations_are_ValidationException_with_the_service_wording(string extra, string expected)
        {
            using var response = await _client.PostAsync(EmulatorClient.ModelPath(Haiku, "converse"), EmulatorClient.UserMessage("hi", extra));
            string message = await ErrorAssert.IsAsync(response, 400, "ValidationException");
            Assert.StartsWith("1 validation error detected: ", message);
            Assert.Contains(expected, message);
        }

        [Fact]
        public async Task Two_violations_are_reported_together()
        {
            using var response = await _client.PostAsync(EmulatorClient.ModelPath(Haiku, "converse"),
                EmulatorClient.UserMessage("hi", ",\"inferenceConfig\":{\"maxTokens\":0,\"temperature\":2}"));
            Assert.StartsWith("2 validation errors detected: ", await ErrorAssert.IsAsync(response, 400, "ValidationException"));
        }

        [Theory]
        [InlineData("{\"messages\":[]}", "A conversation must start with a user message")]
        [InlineData("{\"messages\":[{\"role\":\"assistant\",\"content\":[{\"text\":\"x\"}]}]}", "A conversation must start with a user message")]
        [InlineData("{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"a\"}]},{\"role\":\"user\",\"content\":[{\"text\":\"b\"}]}]}", "must alternate between user and assistant")]
        [InlineData("{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\" \"}]}]}", "is blank")]
        [InlineData("{\"messages\":[{\"role\":\"user\",\"content\":[]}]}", "is empty")]
        [InlineData("not json", "Malformed input request")]
        public async Task Malformed_conversations_are_ValidationException(string body, string expected)
        {
            using var response = await _client.PostAsync(EmulatorClient.ModelPath(Haiku, "converse"), body);
            Assert.Contains(expected, await ErrorAssert.IsAsync(response, 400, "ValidationException"));
        }

        [Fact]
        public async Task Required_tool_is_called_with_input_from_its_schema_then_the_result_is_answered()
        {
            const string tools = ",\"toolConfig\":{\"tools\":[{\"toolSpec\":{\"name\":\"get_weather\",\"description\":\"Weather\",\"inputSchema\":{\"json\":{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"},\"days\":{\"type\":\"integer\"}},\"required\":[\"city\",\"days\"]}}}}],\"toolChoice\":{\"any\":{}}}";
            var first = await _client.PostJsonAsync(EmulatorClient.ModelPath(Haiku, "converse"), EmulatorClient.UserMessage("Paris", tools));

            Assert.Equal("tool_use", first["stopReason"]!.GetValue<string>());
            var toolUse = first["output"]!["message"]!["content"]!.AsArray().Single(b => b!["toolUse"] != null)!["toolUse"]!;
            Assert.Equal("get_weather", toolUse["name"]!.GetValue<string>());
            Assert.Equal("Paris", toolUse["input"]!["city"]!.GetValue<string>());
            Assert.Equal(1, toolUse["input"]!["days"]!.GetValue<int>());
            string id = toolUse["toolUseId"]!.GetValue<string>();

            string second = "{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"Paris\"}]},"
                + "{\"role\":\"assistant\",\"content\":[{\"toolUse\":{\"toolUseId\":\"" + id + "\",\"name\":\"get_weather\",\"input\":{\"city\":\"Paris\",\"days\":1}}}]},"
                + "{\"role\":\"user\",\"content\":[{\"toolResult\":{\"toolUseId\":\"" + id + "\",\"content\":[{\"text\":\"sunny, 21C\"}]}}]}]" + tools + "}";
            var final = await _client.PostJsonAsync(EmulatorClient.ModelPath(Haiku, "converse"), second);

            Assert.Equal("end_turn", final["stopReason"]!.GetValue<string>());
            Assert.Equal("Tool result: sunny, 21C", final["output"]!["message"]!["content"]![0]!["text"]!.GetValue<string>());
        }

        [Fact]
        public async Task Unforeseen_body_shape_is_answered_with_InternalServerException_not_a_hang_up()
        {
            using var response = await _client.PostAsync(EmulatorClient.ModelPath(Haiku, "converse"),
                "{\"messages\":[{\"role\":\"user\",\"content\":[{\"toolResult\":{\"toolUseId\":\"t1\",\"content\":{\"text\":\"not a list\"}}}]}],\"system\":\"not a list\"}");
            Assert.Contains((int)response.StatusCode, new[] { 200, 400, 500 });
            Assert.NotEmpty(response.Headers.GetValues("x-amzn-RequestId"));
        }

        [Fact]
        public async Task Unknown_path_is_UnknownOperationException()
        {
            using var response = await _client.PostAsync("/model/x/fly", "{}");
            await ErrorAssert.IsAsync(response, 404, "UnknownOperationException");
        }

        public void Dispose()
        {
            _client.Dispose();
            _emulator.Dispose();
        }
    }
}
