using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BedrockPS.Emulator.Tests.Support;
using CsCheck;
using Xunit;

namespace BedrockPS.Emulator.Tests.Properties
{
    /// <summary>Generated scenario files against the scenario loader and a running emulator. A failing case prints its seed.</summary>
    public sealed class ScenarioProperties : EmulatorTest
    {
        private const string Nova = "amazon.nova-lite-v1:0";

        private static readonly Gen<JsonNode?> Text = Gen.OneOf(
            Gen.String[Gen.Char["ab ()[]*+?\\{}|^$.#✓"], 0, 10].Select(s => (JsonNode?)s),
            Gen.OneOf(Gen.Const("{prompt}"), Gen.Const("{toolResult}"), Gen.Const("(")).Select(s => (JsonNode?)s));

        // A value of the wrong kind for any member: what a hand-edited scenario file gets wrong.
        private static readonly Gen<JsonNode?> WrongKind = Gen.OneOf(
            Gen.Const(() => (JsonNode?)null), Gen.Const(() => (JsonNode?)5), Gen.Const(() => (JsonNode?)"x"),
            Gen.Const(() => (JsonNode?)new JsonArray()), Gen.Const(() => (JsonNode?)new JsonObject()), Gen.Const(() => (JsonNode?)true));

        private static readonly Gen<JsonNode?> ToolUse = Gen.Select(Gen.OneOf(Text, WrongKind), Gen.OneOf(WrongKind, Gen.Const(() => (JsonNode?)new JsonObject { ["k"] = 1 })), Gen.OneOf(Text, WrongKind))
            .Select((name, input, id) => (JsonNode?)new JsonObject { ["name"] = name, ["input"] = input, ["toolUseId"] = id });

        private static readonly Gen<JsonNode?> Rule = Gen.Frequency(
            (1, WrongKind),
            (6, Gen.Select(
                    Gen.OneOf(Gen.Const(() => (JsonNode?)"*"), Gen.Const(() => (JsonNode?)"amazon.*"), Text, WrongKind),
                    Gen.OneOf(Text, WrongKind),
                    Gen.OneOf(Text, WrongKind),
                    Gen.OneOf(ToolUse.Array[0, 2].Select(t => (JsonNode?)new JsonArray(t)), WrongKind),
                    Gen.OneOf(Gen.Const(() => (JsonNode?)new JsonObject { ["text"] = "thinking" }), WrongKind),
                    Gen.OneOf(Text, WrongKind),
                    Gen.OneOf(Gen.Int[-100, 20].Select(n => (JsonNode?)n), WrongKind),
                    Gen.OneOf(Gen.OneOf(Gen.Const("throttling"), Gen.Const("nonsense"), Gen.Const(""), Gen.Const("cut:x"), Gen.Const("model-timeout")).Select(f => (JsonNode?)f), WrongKind))
                .Select((model, prompt, reply, toolUse, reasoning, stopReason, latency, fault) => (JsonNode?)new JsonObject
                {
                    ["model"] = model, ["prompt"] = prompt, ["reply"] = reply, ["toolUse"] = toolUse, ["reasoning"] = reasoning,
                    ["stopReason"] = stopReason, ["latencyMs"] = latency, ["fault"] = fault,
                })));

        private static readonly Gen<string> ScenarioText = Gen.Select(
                Gen.Frequency((5, Rule.Array[0, 3].Select(r => (JsonNode?)new JsonArray(r))), (1, WrongKind)),
                Gen.Select(Gen.Int[0, int.MaxValue], Gen.Char).Array[0, 2])
            .Select((rules, changes) =>
            {
                char[] text = new JsonObject { ["rules"] = rules }.ToJsonString().ToCharArray();
                foreach (var (where, value) in changes)
                {
                    text[where % text.Length] = value; // and now and then a file that is not JSON at all
                }
                return new string(text);
            });

        [Fact]
        public void Any_scenario_file_loads_or_is_refused_and_a_loaded_one_never_breaks_a_request()
        {
            // Property: a scenario file either fails to load with FormatException or loads; with a loaded scenario
            // in force a Converse call gets a well-formed answer (success, or the error the rule asked for), never
            // the emulator's own "could not process" defect answer; and with the scenario removed the emulator
            // serves normally.
            ScenarioText.Sample(text =>
            {
                Scenario scenario;
                try
                {
                    scenario = Scenario.Parse(text);
                }
                catch (FormatException)
                {
                    return;
                }

                Task.Run(async () =>
                {
                    Emulator.Scenario = scenario;
                    using (HttpResponseMessage response = await Client.PostAsync(EmulatorClient.ModelPath(Nova, "converse"), EmulatorClient.UserMessage("hello ab")))
                    {
                        string body = await response.Content.ReadAsStringAsync();
                        Assert.DoesNotContain("could not process", body);
                        JsonNode.Parse(body);
                    }
                    Emulator.Scenario = null;
                    var answer = await Client.PostJsonAsync(EmulatorClient.ModelPath(Nova, "converse"), EmulatorClient.UserMessage("still here"));
                    Assert.Equal("Echo: still here", (string?)answer["output"]!["message"]!["content"]![0]!["text"]);
                }).WaitAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
            }, iter: 300, threads: 1);
        }
    }
}
