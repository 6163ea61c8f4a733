using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BedrockPS.Emulator.Tests.Support;
using Xunit;

namespace BedrockPS.Emulator.Tests.Scenarios
{
    /// <summary>Scenario rules: model glob and prompt regex, tool use, reasoning, multi-round tool use, rule faults.</summary>
    public sealed class ScenarioTests : IDisposable
    {
        private const string ScenarioJson = @"{
  // Comments are allowed.
  ""rules"": [
    { ""model"": ""*claude*"", ""prompt"": ""weather in (\\w+)"", ""whenToolResult"": false,
      ""toolUse"": [ { ""name"": ""get_weather"", ""input"": { ""city"": ""Paris"" }, ""toolUseId"": ""tooluse_fixed1"" } ],
      ""reply"": ""Let me check."" },
    { ""model"": ""*claude*"", ""whenToolResult"": true, ""reply"": ""The weather is {toolResult}."" },
    { ""prompt"": ""^think"", ""reasoning"": { ""text"": ""Step one. Step two."", ""signature"": ""sig-abc"" }, ""reply"": ""Thought about {prompt}"" },
    { ""model"": ""amazon.nova-*"", ""prompt"": ""busy"", ""fault"": ""throttling"" },
    { ""prompt"": ""flaky stream"", ""reply"": ""{prompt}"", ""fault"": ""stream-model-error:1"" },
    { ""prompt"": ""custom stop"", ""reply"": ""Filtered."", ""stopReason"": ""content_filtered"" }
  ]
}";
        private const string Haiku = "us.anthropic.claude-haiku-4-5-20251001-v1:0";
        private readonly string _scenarioFile = Path.Combine(Path.GetTempPath(), "bedrockps-scenario-" + Guid.NewGuid().ToString("N") + ".json");
        private readonly BedrockEmulator _emulator;
        private readonly EmulatorClient _client;

        public ScenarioTests()
        {
            File.WriteAllText(_scenarioFile, ScenarioJson);
            _emulator = BedrockEmulator.Start(new EmulatorOptions { ScenarioPath = _scenarioFile });
            _client = new EmulatorClient(_emulator);
        }

        [Fact]
        public async Task Matching_rule_makes_the_model_call_a_tool_then_answer_its_result()
        {
            var first = await _client.PostJsonAsync(EmulatorClient.ModelPath(Haiku, "converse"), EmulatorClient.UserMessage("What is the weather in Paris?"));
            var content = first["output"]!["message"]!["content"]!.AsArray();
            Assert.Equal("tool_use", first["stopReason"]!.GetValue<string>());
            Assert.Equal("Let me check.", content[0]!["text"]!.GetValue<string>());
            Assert.Equal("tooluse_fixed1", content[1]!["toolUse"]!["toolUseId"]!.GetValue<string>());
            Assert.Equal("Paris", content[1]!["toolUse"]!["input"]!["city"]!.GetValue<string>());

            string second = "{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"What is the weather in Paris?\"}]},"
                + "{\"role\":\"assistant\",\"content\":[{\"toolUse\":{\"toolUseId\":\"tooluse_fixed1\",\"name\":\"get_weather\",\"input\":{\"city\":\"Paris\"}}}]},"
                + "{\"role\":\"user\",\"content\":[{\"toolResult\":{\"toolUseId\":\"tooluse_fixed1\",\"content\":[{\"json\":{\"sky\":\"clear\"}}]}}]}]}";
            var final = await _client.PostJsonAsync(EmulatorClient.ModelPath(Haiku, "converse"), second);
            Assert.Equal("The weather is {\"sky\":\"clear\"}.", final["output"]!["message"]!["content"]![0]!["text"]!.GetValue<string>());
            Assert.Equal("end_turn", final["stopReason"]!.GetValue<string>());
        }

        [Fact]
        public async Task Rule_model_glob_does_not_match_other_models()
        {
            var response = await _client.PostJsonAsync(EmulatorClient.ModelPath("amazon.nova-micro-v1:0", "converse"), EmulatorClient.UserMessage("weather in Rome"));
            Assert.Equal("Echo: weather in Rome", response["output"]!["message"]!["content"]![0]!["text"]!.GetValue<string>());
        }

        [Fact]
        public async Task Reasoning_rule_puts_reasoning_before_the_answer_in_both_apis()
        {
            var whole = await _client.PostJsonAsync(EmulatorClient.ModelPath(Haiku, "converse"), EmulatorClient.UserMessage("think hard"));
            var reasoning = whole["output"]!["message"]!["content"]![0]!["reasoningContent"]!["reasoningText"]!;
            Assert.Equal("Step one. Step two.", reasoning["text"]!.GetValue<string>());
            Assert.Equal("sig-abc", reasoning["signature"]!.GetValue<string>());
            Assert.Equal("Thought about think hard", whole["output"]!["message"]!["content"]![1]!["text"]!.GetValue<string>());

            var call = await StreamCall.RunAsync(_client, EmulatorClient.ModelPath(Haiku, "converse-stream"), EmulatorClient.UserMessage("think hard"));
            var reasoningDeltas = call.Events("contentBlockDelta").Where(f => f.Json["delta"]!["reasoningContent"] != null).ToList();
            Assert.Equal("Step one. Step two.", string.Concat(reasoningDeltas.Select(f => f.Json["delta"]!["reasoningContent"]!["text"]?.GetValue<string>() ?? string.Empty)));
            Assert.Equal("sig-abc", reasoningDeltas.Last().Json["delta"]!["reasoningContent"]!["signature"]!.GetValue<string>());
            Assert.Equal("Thought about think hard", call.ConverseText);
        }

        [Fact]
        public async Task Rule_fault_applies_only_to_matching_requests()
        {
            using var busy = await _client.PostAsync(EmulatorClient.ModelPath("amazon.nova-lite-v1:0", "converse"), EmulatorClient.UserMessage("are you busy"));
            await ErrorAssert.IsAsync(busy, 429, "ThrottlingException");
            using var calm = await _client.PostAsync(EmulatorClient.ModelPath("amazon.nova-lite-v1:0", "converse"), EmulatorClient.UserMessage("are you free"));
            Assert.Equal(200, (int)calm.StatusCode);

            var call = await StreamCall.RunAsync(_client, EmulatorClient.ModelPath(Haiku, "converse-stream"), EmulatorClient.UserMessage("a flaky stream please"));
            Assert.Single(call.Events("contentBlockDelta"));
            Assert.Equal("modelStreamErrorException", call.Frames.Last().ExceptionType);
        }

        [Fact]
        public async Task Rule_stop_reason_is_reported_as_given()
        {
            var response = await _client.PostJsonAsync(EmulatorClient.ModelPath(Haiku, "converse"), EmulatorClient.UserMessage("custom stop"));
            Assert.Equal("content_filtered", response["stopReason"]!.GetValue<string>());
        }

        [Fact]
        public async Task Scenario_can_be_replaced_while_running()
        {
            _emulator.Scenario = Scenario.Parse("{\"rules\":[{\"reply\":\"Always this.\"}]}");
            var response = await _client.PostJsonAsync(EmulatorClient.ModelPath(Haiku, "converse"), EmulatorClient.UserMessage("anything"));
            Assert.Equal("Always this.", response["output"]!["message"]!["content"]![0]!["text"]!.GetValue<string>());
        }

        [Fact]
        public void Scenario_with_an_unknown_fault_is_refused_when_loaded()
        {
            Assert.Throws<FormatException>(() => Scenario.Parse("{\"rules\":[{\"fault\":\"gremlins\"}]}"));
            Assert.Throws<FormatException>(() => Scenario.Parse("{ not json"));
        }

        public void Dispose()
        {
            _client.Dispose();
            _emulator.Dispose();
            File.Delete(_scenarioFile);
        }
    }
}
