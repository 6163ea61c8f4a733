using System;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BedrockPS.Emulator.Tests.Support;
using Xunit;

namespace BedrockPS.Emulator.Tests.Operations
{
    /// <summary>CountTokens agrees with Converse usage and InvokeModel headers; ApplyGuardrail's built-in policy.</summary>
    public sealed class CountTokensAndGuardrailTests : EmulatorTest
    {
        private const string Haiku = "us.anthropic.claude-haiku-4-5-20251001-v1:0";


        [Fact]
        public async Task CountTokens_of_a_converse_body_equals_the_converse_input_tokens()
        {
            string converse = "{\"system\":[{\"text\":\"You are terse.\"}],\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"How many tokens is this sentence?\"}]}],"
                + "\"toolConfig\":{\"tools\":[{\"toolSpec\":{\"name\":\"lookup\",\"description\":\"Look things up\",\"inputSchema\":{\"json\":{\"type\":\"object\"}}}}]}}";
            var counted = await Client.PostJsonAsync(EmulatorClient.ModelPath(Haiku, "count-tokens"), "{\"input\":{\"converse\":" + converse + "}}");
            var answered = await Client.PostJsonAsync(EmulatorClient.ModelPath(Haiku, "converse"), converse);

            Assert.Equal(answered["usage"]!["inputTokens"]!.GetValue<int>(), counted["inputTokens"]!.GetValue<int>());
            Assert.True(counted["inputTokens"]!.GetValue<int>() > 8);
        }

        [Fact]
        public async Task CountTokens_of_a_native_body_equals_the_invoke_input_token_header()
        {
            string native = "{\"anthropic_version\":\"bedrock-2023-05-31\",\"max_tokens\":20,\"system\":\"Be kind\",\"messages\":[{\"role\":\"user\",\"content\":\"count these four words\"}]}";
            var counted = await Client.PostJsonAsync(EmulatorClient.ModelPath(Haiku, "count-tokens"),
                "{\"input\":{\"invokeModel\":{\"body\":\"" + Convert.ToBase64String(Encoding.UTF8.GetBytes(native)) + "\"}}}");
            using var invoked = await Client.PostAsync(EmulatorClient.ModelPath(Haiku, "invoke"), native);

            Assert.Equal(6, counted["inputTokens"]!.GetValue<int>());
            Assert.Equal("6", invoked.Headers.GetValues("X-Amzn-Bedrock-Input-Token-Count").Single());
        }

        [Theory]
        [InlineData("{}")]
        [InlineData("{\"input\":{}}")]
        public async Task CountTokens_without_exactly_one_input_is_ValidationException(string body)
        {
            using var response = await Client.PostAsync(EmulatorClient.ModelPath(Haiku, "count-tokens"), body);
            await ErrorAssert.IsAsync(response, 400, "ValidationException");
        }

        [Fact]
        public async Task Guardrail_passes_ordinary_text_with_action_NONE()
        {
            var result = await Client.PostJsonAsync("/guardrail/gr0123abcd/version/1/apply",
                "{\"source\":\"INPUT\",\"content\":[{\"text\":{\"text\":\"What is the capital of France?\"}}]}");
            Assert.Equal("NONE", result["action"]!.GetValue<string>());
            Assert.Empty(result["outputs"]!.AsArray());
            Assert.Equal(1, result["usage"]!["topicPolicyUnits"]!.GetValue<int>());
        }

        [Fact]
        public async Task Guardrail_blocks_the_forbidden_word()
        {
            var result = await Client.PostJsonAsync("/guardrail/gr0123abcd/version/DRAFT/apply",
                "{\"source\":\"OUTPUT\",\"content\":[{\"text\":{\"text\":\"This is forbidden talk\"}}]}");
            Assert.Equal("GUARDRAIL_INTERVENED", result["action"]!.GetValue<string>());
            Assert.Equal("Sorry, the model cannot answer this question.", result["outputs"]![0]!["text"]!.GetValue<string>());
            Assert.Equal("BLOCKED", result["assessments"]![0]!["wordPolicy"]!["customWords"]![0]!["action"]!.GetValue<string>());
        }

        [Fact]
        public async Task Guardrail_anonymizes_email_addresses()
        {
            var result = await Client.PostJsonAsync("/guardrail/gr0123abcd/version/2/apply",
                "{\"source\":\"INPUT\",\"content\":[{\"text\":{\"text\":\"Mail jane@example.com today\"}}]}");
            Assert.Equal("Mail {EMAIL} today", result["outputs"]![0]!["text"]!.GetValue<string>());
            Assert.Equal("EMAIL", result["assessments"]![0]!["sensitiveInformationPolicy"]!["piiEntities"]![0]!["type"]!.GetValue<string>());
        }

        [Theory]
        [InlineData("/guardrail/gr0123abcd/version/1/apply", "{\"source\":\"SIDEWAYS\",\"content\":[]}", "at 'source'")]
        [InlineData("/guardrail/gr0123abcd/version/1/apply", "{\"source\":\"INPUT\"}", "at 'content'")]
        [InlineData("/guardrail/Bad_Id/version/1/apply", "{\"source\":\"INPUT\",\"content\":[]}", "at 'guardrailIdentifier'")]
        [InlineData("/guardrail/gr0123abcd/version/0/apply", "{\"source\":\"INPUT\",\"content\":[]}", "at 'guardrailVersion'")]
        public async Task Guardrail_request_validation(string path, string body, string expected)
        {
            using var response = await Client.PostAsync(path, body);
            Assert.Contains(expected, await ErrorAssert.IsAsync(response, 400, "ValidationException"));
        }

        [Fact]
        public async Task Converse_with_a_guardrail_answers_a_blocked_prompt_with_guardrail_intervened_and_a_trace()
        {
            const string guardrail = ",\"guardrailConfig\":{\"guardrailIdentifier\":\"gr0123abcd\",\"guardrailVersion\":\"1\",\"trace\":\"enabled\"}";
            var blocked = await Client.PostJsonAsync(EmulatorClient.ModelPath(Haiku, "converse"), EmulatorClient.UserMessage("tell me forbidden things", guardrail));
            var allowed = await Client.PostJsonAsync(EmulatorClient.ModelPath(Haiku, "converse"), EmulatorClient.UserMessage("tell me nice things", guardrail));

            Assert.Equal("guardrail_intervened", blocked["stopReason"]!.GetValue<string>());
            Assert.Equal("Sorry, the model cannot answer this question.", blocked["output"]!["message"]!["content"]![0]!["text"]!.GetValue<string>());
            Assert.NotNull(blocked["trace"]!["guardrail"]!["inputAssessment"]!["gr0123abcd"]!["wordPolicy"]);
            Assert.Equal("end_turn", allowed["stopReason"]!.GetValue<string>());
            Assert.Null(allowed["trace"]!["guardrail"]!["inputAssessment"]!["gr0123abcd"]!["wordPolicy"]);
        }

        [Fact]
        public async Task ConverseStream_with_a_guardrail_streams_the_blocked_message_and_the_trace_in_metadata()
        {
            const string guardrail = ",\"guardrailConfig\":{\"guardrailIdentifier\":\"gr0123abcd\",\"guardrailVersion\":\"DRAFT\",\"trace\":\"enabled\"}";
            var call = await StreamCall.RunAsync(Client, EmulatorClient.ModelPath(Haiku, "converse-stream"), EmulatorClient.UserMessage("something forbidden", guardrail));

            Assert.Equal("Sorry, the model cannot answer this question.", call.ConverseText);
            Assert.Equal("guardrail_intervened", call.Events("messageStop").Single().Json["stopReason"]!.GetValue<string>());
            Assert.NotNull(call.Events("metadata").Single().Json["trace"]!["guardrail"]);
        }
    }
}
