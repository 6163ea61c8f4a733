using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BedrockPS.Emulator.Tests.Support;
using Xunit;

namespace BedrockPS.Emulator.Tests.Structured
{
    /// <summary>Scenario rules that make structured answers fail their schema, so a client's repair path can be tested.</summary>
    public sealed class StructuredScenarioTests : IDisposable
    {
        private const string Haiku45 = "us.anthropic.claude-haiku-4-5-20251001-v1:0";
        private const string Schema = "{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"category\",\"summary\"],"
            + "\"properties\":{\"category\":{\"type\":\"string\",\"enum\":[\"billing\",\"other\"]},\"summary\":{\"type\":\"string\"}}}";
        private readonly BedrockEmulator _emulator;
        private readonly EmulatorClient _client;

        public StructuredScenarioTests()
        {
            _emulator = BedrockEmulator.Start(new EmulatorOptions
            {
                Scenario = Scenario.Parse(@"{ ""rules"": [
                    { ""prompt"": ""^flaky"", ""structuredOutput"": ""invalid-first"" },
                    { ""prompt"": ""^broken"", ""structuredOutput"": ""invalid"" } ] }"),
            });
            _client = new EmulatorClient(_emulator);
        }

        [Fact]
        public async Task Invalid_first_breaks_the_first_answer_and_the_repair_turn_is_valid()
        {
            var first = await AskAsync(EmulatorClient.UserMessage("flaky ticket", StructuredOutputTests.OutputConfig(Schema)));
            var problems = SchemaAssert.Problems(JsonNode.Parse(Schema)!, JsonNode.Parse(first));
            Assert.Equal(new[] { "$: required property category is missing" }, problems);

            string repair = "{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"flaky ticket\"}]},"
                + "{\"role\":\"assistant\",\"content\":[{\"text\":" + JsonValue.Create(first)!.ToJsonString() + "}]},"
                + "{\"role\":\"user\",\"content\":[{\"text\":\"flaky: the answer lacks category; answer again\"}]}]"
                + StructuredOutputTests.OutputConfig(Schema) + "}";
            SchemaAssert.Valid(JsonNode.Parse(Schema)!, JsonNode.Parse(await AskAsync(repair)));
        }

        [Fact]
        public async Task Invalid_breaks_every_answer_including_forced_tool_input()
        {
            string again = "{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"broken one\"}]},{\"role\":\"assistant\",\"content\":[{\"text\":\"{}\"}]},"
                + "{\"role\":\"user\",\"content\":[{\"text\":\"broken again\"}]}]" + StructuredOutputTests.OutputConfig(Schema) + "}";
            Assert.NotEmpty(SchemaAssert.Problems(JsonNode.Parse(Schema)!, JsonNode.Parse(await AskAsync(again))));

            string tools = ",\"toolConfig\":{\"tools\":[{\"toolSpec\":{\"name\":\"t\",\"inputSchema\":{\"json\":" + Schema + "}}}],\"toolChoice\":{\"tool\":{\"name\":\"t\"}}}";
            var response = await _client.PostJsonAsync(EmulatorClient.ModelPath("amazon.nova-lite-v1:0", "converse"), EmulatorClient.UserMessage("broken tool", tools));
            var input = response["output"]!["message"]!["content"]!.AsArray().Single(b => b!["toolUse"] != null)!["toolUse"]!["input"];
            Assert.NotEmpty(SchemaAssert.Problems(JsonNode.Parse(Schema)!, input));
        }

        [Fact]
        public async Task A_structured_only_rule_leaves_plain_prompts_alone()
        {
            Assert.Equal("Echo: broken plain", await AskAsync(EmulatorClient.UserMessage("broken plain")));
        }

        [Fact]
        public void An_unknown_structured_output_mode_is_refused_when_the_scenario_is_parsed()
        {
            var error = Assert.Throws<FormatException>(() => Scenario.Parse("{\"rules\":[{\"structuredOutput\":\"sometimes\"}]}"));
            Assert.Contains("invalid-first", error.Message);
        }

        private async Task<string> AskAsync(string body) =>
            (await _client.PostJsonAsync(EmulatorClient.ModelPath(Haiku45, "converse"), body))["output"]!["message"]!["content"]![0]!["text"]!.GetValue<string>();

        public void Dispose()
        {
            _client.Dispose();
            _emulator.Dispose();
        }
    }
}
