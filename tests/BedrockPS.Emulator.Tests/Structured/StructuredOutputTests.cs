using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BedrockPS.Emulator.Tests.Support;
using Xunit;

namespace BedrockPS.Emulator.Tests.Structured
{
    /// <summary>outputConfig.textFormat: JSON answers that validate against the schema, and the service's refusals.</summary>
    public sealed class StructuredOutputTests : EmulatorTest
    {
        private const string Haiku45 = "us.anthropic.claude-haiku-4-5-20251001-v1:0";
        private const string NovaLite = "amazon.nova-lite-v1:0";

        /// <summary>Every keyword the emulator honours, nested: types, enum, const, ranges, lengths, arrays, $ref, nullables.</summary>
        internal const string TicketSchema = @"{
  ""type"": ""object"",
  ""additionalProperties"": false,
  ""required"": [""category"", ""priority"", ""summary"", ""score"", ""urgent"", ""tags"", ""customer"", ""note"", ""due"", ""kind"", ""ratio""],
  ""properties"": {
    ""category"": { ""type"": ""string"", ""enum"": [""billing"", ""outage"", ""other""] },
    ""priority"": { ""type"": ""integer"", ""minimum"": 3, ""maximum"": 9, ""multipleOf"": 2 },
    ""summary"": { ""type"": ""string"", ""minLength"": 40, ""maxLength"": 60 },
    ""score"": { ""type"": ""number"", ""exclusiveMinimum"": 5.5, ""maximum"": 10 },
    ""urgent"": { ""type"": ""boolean"" },
    ""tags"": { ""type"": ""array"", ""minItems"": 2, ""maxItems"": 3, ""items"": { ""type"": ""string"", ""maxLength"": 12 } },
    ""customer"": { ""$ref"": ""#/$defs/customer"" },
    ""note"": { ""type"": [""string"", ""null""] },
    ""due"": { ""type"": ""string"", ""format"": ""date"" },
    ""kind"": { ""const"": ""ticket"" },
    ""ratio"": { ""anyOf"": [ { ""type"": ""null"" }, { ""type"": ""number"", ""minimum"": 0, ""maximum"": 1 } ] },
    ""optional"": { ""type"": ""string"" }
  },
  ""$defs"": {
    ""customer"": {
      ""type"": ""object"", ""additionalProperties"": false, ""required"": [""name"", ""orders""],
      ""properties"": {
        ""name"": { ""type"": ""string"" },
        ""orders"": { ""type"": ""array"", ""minItems"": 1, ""items"": { ""type"": ""object"", ""required"": [""id"", ""total""], ""additionalProperties"": false,
          ""properties"": { ""id"": { ""type"": ""integer"", ""minimum"": 100 }, ""total"": { ""type"": ""number"", ""minimum"": -5, ""maximum"": -1 } } } }
      }
    }
  }
}";

        internal static string OutputConfig(string schema, string name = "ticket") =>
            ",\"outputConfig\":{\"textFormat\":{\"type\":\"json_schema\",\"structure\":{\"jsonSchema\":{\"schema\":"
            + JsonValue.Create(schema)!.ToJsonString() + ",\"name\":\"" + name + "\",\"description\":\"A support ticket\"}}}}";

        [Fact]
        public async Task Native_structured_output_validates_against_every_keyword_of_the_schema()
        {
            var response = await Client.PostJsonAsync(EmulatorClient.ModelPath(Haiku45, "converse"),
                EmulatorClient.UserMessage("My invoice was charged twice this month", OutputConfig(TicketSchema)));

            string text = response["output"]!["message"]!["content"]![0]!["text"]!.GetValue<string>();
            JsonNode? answer = JsonNode.Parse(text);
            SchemaAssert.Valid(JsonNode.Parse(TicketSchema)!, answer);
            Assert.Equal("end_turn", response["stopReason"]!.GetValue<string>());
            Assert.StartsWith("My invoice was charged twice", answer!["customer"]!["name"]!.GetValue<string>());
            Assert.False(answer.AsObject().ContainsKey("optional"));
        }

        [Fact]
        public async Task The_same_prompt_gives_the_same_answer_and_another_prompt_another()
        {
            string schema = "{\"type\":\"object\",\"properties\":{\"summary\":{\"type\":\"string\"}},\"required\":[\"summary\"]}";
            async Task<string> Ask(string prompt) => (await Client.PostJsonAsync(EmulatorClient.ModelPath(Haiku45, "converse"),
                EmulatorClient.UserMessage(prompt, OutputConfig(schema))))["output"]!["message"]!["content"]![0]!["text"]!.GetValue<string>();

            Assert.Equal(await Ask("printer on fire"), await Ask("printer on fire"));
            Assert.NotEqual(await Ask("printer on fire"), await Ask("password reset"));
            Assert.Equal("printer on fire", JsonNode.Parse(await Ask("printer on fire"))!["summary"]!.GetValue<string>());
        }

        [Fact]
        public async Task Streamed_structured_output_joins_into_the_same_valid_json()
        {
            string body = EmulatorClient.UserMessage("Router down since noon in the Leeds office", OutputConfig(TicketSchema));
            var whole = await Client.PostJsonAsync(EmulatorClient.ModelPath(Haiku45, "converse"), body);
            var call = await StreamCall.RunAsync(Client, EmulatorClient.ModelPath(Haiku45, "converse-stream"), body);

            Assert.True(call.Events("contentBlockDelta").Count() > 1);
            Assert.Equal(whole["output"]!["message"]!["content"]![0]!["text"]!.GetValue<string>(), call.ConverseText);
            SchemaAssert.Valid(JsonNode.Parse(TicketSchema)!, JsonNode.Parse(call.ConverseText));
        }

        [Fact]
        public async Task A_model_without_structured_output_refuses_output_config_with_the_service_message()
        {
            using var response = await Client.PostAsync(EmulatorClient.ModelPath(NovaLite, "converse"),
                EmulatorClient.UserMessage("hi", OutputConfig("{\"type\":\"object\"}")));
            Assert.Equal("This model doesn't support the outputConfig.textFormat field. Remove outputConfig.textFormat and try again.",
                await ErrorAssert.IsAsync(response, 400, "ValidationException"));
        }

        [Theory]
        [InlineData(",\"outputConfig\":{\"textFormat\":{\"type\":\"json\",\"structure\":{\"jsonSchema\":{\"schema\":\"{}\"}}}}",
            "1 validation error detected: Value 'json' at 'outputConfig.textFormat.type' failed to satisfy constraint: Member must satisfy enum value set: [json_schema]")]
        [InlineData(",\"outputConfig\":{\"textFormat\":{\"type\":\"json_schema\",\"structure\":{\"jsonSchema\":{\"name\":\"x\"}}}}",
            "1 validation error detected: Value null at 'outputConfig.textFormat.structure.jsonSchema.schema' failed to satisfy constraint: Member must not be null")]
        [InlineData(",\"outputConfig\":{\"textFormat\":{\"type\":\"json_schema\",\"structure\":{\"jsonSchema\":{\"schema\":\"not json\"}}}}",
            "The format of the value at outputConfig.textFormat.structure.jsonSchema.schema is invalid. Provide a json object for the field and try again.")]
        [InlineData(",\"outputConfig\":{\"effort\":\"much-more-than-sixteen\"}",
            "1 validation error detected: Value 'much-more-than-sixteen' at 'outputConfig.effort' failed to satisfy constraint: Member must have length less than or equal to 16")]
        public async Task Malformed_output_config_is_refused_with_the_service_wording(string extra, string expected)
        {
            using var response = await Client.PostAsync(EmulatorClient.ModelPath(Haiku45, "converse"), EmulatorClient.UserMessage("hi", extra));
            Assert.Equal(expected, await ErrorAssert.IsAsync(response, 400, "ValidationException"));
        }

        [Fact]
        public async Task Effort_within_its_length_is_accepted()
        {
            var response = await Client.PostJsonAsync(EmulatorClient.ModelPath(Haiku45, "converse"), EmulatorClient.UserMessage("hi", ",\"outputConfig\":{\"effort\":\"low\"}"));
            Assert.Equal("Echo: hi", response["output"]!["message"]!["content"]![0]!["text"]!.GetValue<string>());
        }

        [Fact]
        public async Task Forced_tool_use_gives_an_input_that_validates_against_the_tool_schema()
        {
            // Nova takes no $defs: the same schema with the customer inlined.
            var schema = JsonNode.Parse(TicketSchema)!.AsObject();
            schema.Remove("$defs");
            schema["properties"]!["customer"] = JsonNode.Parse("{\"type\":\"object\",\"required\":[\"name\"],\"properties\":{\"name\":{\"type\":\"string\"}}}");
            string tools = ",\"toolConfig\":{\"tools\":[{\"toolSpec\":{\"name\":\"record_ticket\",\"inputSchema\":{\"json\":"
                + schema.ToJsonString() + "}}}],\"toolChoice\":{\"tool\":{\"name\":\"record_ticket\"}}}";
            var response = await Client.PostJsonAsync(EmulatorClient.ModelPath(NovaLite, "converse"), EmulatorClient.UserMessage("VPN drops every hour", tools));

            var toolUse = response["output"]!["message"]!["content"]!.AsArray().Single(b => b!["toolUse"] != null)!["toolUse"]!;
            SchemaAssert.Valid(schema, toolUse["input"]);
            Assert.Equal("tool_use", response["stopReason"]!.GetValue<string>());
        }

        [Fact]
        public async Task Nova_refuses_defs_in_a_tool_schema_with_the_path_of_the_key()
        {
            string tools = ",\"toolConfig\":{\"tools\":[{\"toolSpec\":{\"name\":\"a\",\"inputSchema\":{\"json\":{\"type\":\"object\"}}}},"
                + "{\"toolSpec\":{\"name\":\"b\",\"inputSchema\":{\"json\":{\"type\":\"object\",\"properties\":{\"c\":{\"$ref\":\"#/$defs/c\"}},\"$defs\":{\"c\":{\"type\":\"string\"}}}}}}]}";
            using var response = await Client.PostAsync(EmulatorClient.ModelPath(NovaLite, "converse"), EmulatorClient.UserMessage("hi", tools));
            Assert.Equal("The model returned the following errors: Malformed input request: #/toolConfig/tools/1/toolSpec/inputSchema/json: "
                + "extraneous key [$defs] is not permitted, please reformat your input and try again.", await ErrorAssert.IsAsync(response, 400, "ValidationException"));
        }

        [Fact]
        public async Task Claude_accepts_defs_and_the_forced_tool_input_follows_the_reference()
        {
            string schema = "{\"type\":\"object\",\"required\":[\"c\"],\"properties\":{\"c\":{\"$ref\":\"#/$defs/c\"}},\"$defs\":{\"c\":{\"type\":\"integer\",\"minimum\":7}}}";
            string tools = ",\"toolConfig\":{\"tools\":[{\"toolSpec\":{\"name\":\"b\",\"inputSchema\":{\"json\":" + schema + "}}}],\"toolChoice\":{\"any\":{}}}";
            var response = await Client.PostJsonAsync(EmulatorClient.ModelPath(Haiku45, "converse"), EmulatorClient.UserMessage("hi", tools));
            var input = response["output"]!["message"]!["content"]!.AsArray().Single(b => b!["toolUse"] != null)!["toolUse"]!["input"];
            Assert.Equal(7, input!["c"]!.GetValue<int>());
        }

        [Fact]
        public async Task Native_nova_body_with_defs_is_malformed_input()
        {
            string body = "{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"hi\"}]}],\"toolConfig\":{\"tools\":[{\"toolSpec\":{\"name\":\"b\",\"inputSchema\":{\"json\":{\"$defs\":{}}}}}]}}";
            using var response = await Client.PostAsync(EmulatorClient.ModelPath(NovaLite, "invoke"), body);
            Assert.Equal("Malformed input request: #/toolConfig/tools/0/toolSpec/inputSchema/json: extraneous key [$defs] is not permitted, please reformat your input and try again.",
                await ErrorAssert.IsAsync(response, 400, "ValidationException"));
        }
    }
}
