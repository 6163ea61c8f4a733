using System.Text.Json;
using BedrockPS.Core.Models;
using BedrockPS.Core.Serialization;
using BedrockPS.Core.Tests.Infrastructure;

namespace BedrockPS.Core.Tests.Models
{
    public sealed class RoundTripTests
    {
        // Every content block kind, system block kind, tool kind and request option, as the wire spells them.
        private const string FullRequest = @"{
  ""messages"": [
    {""role"": ""user"", ""content"": [
      {""text"": ""Look at these""},
      {""image"": {""format"": ""png"", ""source"": {""bytes"": ""iVBORw0KGgo=""}}},
      {""image"": {""format"": ""jpeg"", ""source"": {""s3Location"": {""uri"": ""s3://b/k.jpg"", ""bucketOwner"": ""123456789012""}}}},
      {""document"": {""format"": ""pdf"", ""name"": ""report"", ""source"": {""bytes"": ""JVBERi0=""}, ""context"": ""ctx"", ""citations"": {""enabled"": true}}},
      {""document"": {""name"": ""inline"", ""source"": {""content"": [{""text"": ""chunk one""}]}}},
      {""video"": {""format"": ""mp4"", ""source"": {""s3Location"": {""uri"": ""s3://b/v.mp4""}}}},
      {""audio"": {""format"": ""wav"", ""source"": {""bytes"": ""UklGRg==""}}},
      {""guardContent"": {""text"": {""text"": ""check me"", ""qualifiers"": [""query""]}}},
      {""guardContent"": {""image"": {""format"": ""png"", ""source"": {""bytes"": ""iVBORw0KGgo=""}}}},
      {""cachePoint"": {""type"": ""default"", ""ttl"": ""1h""}},
      {""searchResult"": {""source"": ""https://x"", ""title"": ""X"", ""content"": [{""text"": ""found""}], ""citations"": {""enabled"": false}}}
    ]},
    {""role"": ""assistant"", ""content"": [
      {""reasoningContent"": {""reasoningText"": {""text"": ""hmm"", ""signature"": ""c2ln""}}},
      {""reasoningContent"": {""redactedContent"": ""AAEC""}},
      {""citationsContent"": {""content"": [{""text"": ""cited""}], ""citations"": [{""title"": ""T"", ""source"": ""S"", ""sourceContent"": [{""text"": ""src""}], ""location"": {""web"": {""url"": ""https://u"", ""domain"": ""u""}}}, {""location"": {""searchResultLocation"": {""searchResultIndex"": 0, ""start"": 1, ""end"": 2}}}]}},
      {""toolUse"": {""toolUseId"": ""t1"", ""name"": ""calc"", ""input"": {""big"": 12345678901234567890, ""precise"": 1.0000000000000001, ""nested"": [null, true, {""a"": ""é""}]}, ""type"": ""server_tool_use""}},
      {""toolAddition"": {""tool"": {""type"": ""mcp"", ""name"": ""n"", ""serverName"": ""s""}}},
      {""toolRemoval"": {""tool"": {""name"": ""n""}}}
    ]},
    {""role"": ""user"", ""content"": [
      {""toolResult"": {""toolUseId"": ""t1"", ""status"": ""error"", ""content"": [{""json"": {""x"": 1}}, {""text"": ""t""}, {""image"": {""format"": ""gif"", ""source"": {""bytes"": ""R0lG""}}}, {""document"": {""name"": ""d"", ""source"": {""text"": ""plain""}}}, {""video"": {""format"": ""mov"", ""source"": {""bytes"": ""AAAA""}}}, {""searchResult"": {""source"": ""s"", ""title"": ""t"", ""content"": [{""text"": ""c""}]}}]}}
    ]}
  ],
  ""system"": [{""text"": ""be brief""}, {""guardContent"": {""text"": {""text"": ""g""}}}, {""cachePoint"": {""type"": ""default""}}],
  ""inferenceConfig"": {""maxTokens"": 512, ""temperature"": 0.7, ""topP"": 0.9, ""stopSequences"": [""END""]},
  ""toolConfig"": {""tools"": [{""toolSpec"": {""name"": ""calc"", ""description"": ""adds"", ""inputSchema"": {""json"": {""type"": ""object"", ""properties"": {""a"": {""type"": ""number""}}}}, ""strict"": true}}, {""systemTool"": {""name"": ""web_search""}}, {""cachePoint"": {""type"": ""default""}}], ""toolChoice"": {""tool"": {""name"": ""calc""}}},
  ""guardrailConfig"": {""guardrailIdentifier"": ""gr"", ""guardrailVersion"": ""DRAFT"", ""trace"": ""enabled_full"", ""streamProcessingMode"": ""async""},
  ""additionalModelRequestFields"": {""top_k"": 250, ""thinking"": {""type"": ""enabled"", ""budget_tokens"": 1024}},
  ""additionalModelResponseFieldPaths"": [""/stop_sequence""],
  ""promptVariables"": {""Name"": {""text"": ""value""}},
  ""requestMetadata"": {""CostCenter"": ""42""},
  ""performanceConfig"": {""latency"": ""optimized""},
  ""serviceTier"": {""type"": ""flex""},
  ""outputConfig"": {""textFormat"": {""type"": ""json_schema"", ""structure"": {""jsonSchema"": {""schema"": ""{\""type\"":\""object\""}"", ""name"": ""n"", ""description"": ""d""}}}, ""effort"": ""high""}
}";

        [Fact]
        public void Full_request_round_trips_without_losing_or_changing_anything()
        {
            var request = BedrockJson.Deserialize<ConverseRequest>(FullRequest)!;

            var json = BedrockJson.Serialize(request);

            JsonAssert.Equivalent(FullRequest, json);
        }

        [Fact]
        public void Json_documents_keep_their_exact_number_text()
        {
            var request = BedrockJson.Deserialize<ConverseRequest>(FullRequest)!;
            var input = request.Messages[1].Content[3].ToolUse!.Input!.Value;

            Assert.Equal("12345678901234567890", input.GetProperty("big").GetRawText());
            Assert.Equal("1.0000000000000001", input.GetProperty("precise").GetRawText());
            Assert.Contains("\"precise\":1.0000000000000001", BedrockJson.Serialize(request));
        }

        [Fact]
        public void Unknown_response_fields_and_padding_are_ignored()
        {
            var response = BedrockJson.Deserialize<ConverseResponse>(
                "{\"p\":\"abcdef\",\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"text\":\"x\",\"p\":\"q\"}],\"future\":1}},\"stopReason\":\"brand_new_reason\",\"usage\":{\"inputTokens\":1,\"outputTokens\":2,\"totalTokens\":3,\"serverToolUsage\":{}},\"metrics\":{\"latencyMs\":4}}")!;

            Assert.Equal("x", response.Text);
            Assert.Equal("brand_new_reason", response.StopReason);
        }

        [Fact]
        public void Factories_build_the_wire_shapes()
        {
            using var schema = JsonDocument.Parse("{\"type\":\"object\"}");
            var request = new ConverseRequest
            {
                Messages = { new Message { Role = "user", Content = { ContentBlock.FromText("hi"), ContentBlock.FromImage("png", new byte[] { 1, 2 }), ContentBlock.FromCachePoint() } } },
                System = new System.Collections.Generic.List<SystemContentBlock> { SystemContentBlock.FromText("sys") },
                ToolConfig = new ToolConfiguration
                {
                    Tools = { new Tool { ToolSpec = new ToolSpecification { Name = "t", InputSchema = schema.RootElement.Clone() } } },
                    ToolChoice = ToolChoice.ForAny(),
                },
            };

            JsonAssert.Equivalent(
                "{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"hi\"},{\"image\":{\"format\":\"png\",\"source\":{\"bytes\":\"AQI=\"}}},{\"cachePoint\":{\"type\":\"default\"}}]}],\"system\":[{\"text\":\"sys\"}],\"toolConfig\":{\"tools\":[{\"toolSpec\":{\"name\":\"t\",\"inputSchema\":{\"json\":{\"type\":\"object\"}}}}],\"toolChoice\":{\"any\":{}}}}",
                BedrockJson.Serialize(request));
        }

        [Fact]
        public void Guardrail_response_with_every_policy_round_trips()
        {
            const string json = @"{
  ""usage"": {""topicPolicyUnits"": 1, ""contentPolicyUnits"": 2, ""wordPolicyUnits"": 3, ""sensitiveInformationPolicyUnits"": 4, ""sensitiveInformationPolicyFreeUnits"": 5, ""contextualGroundingPolicyUnits"": 6, ""contentPolicyImageUnits"": 7, ""automatedReasoningPolicyUnits"": 8, ""automatedReasoningPolicies"": 9},
  ""action"": ""GUARDRAIL_INTERVENED"", ""actionReason"": ""policy"",
  ""outputs"": [{""text"": ""blocked""}],
  ""assessments"": [{
    ""topicPolicy"": {""topics"": [{""name"": ""t"", ""type"": ""DENY"", ""action"": ""BLOCKED"", ""detected"": true}]},
    ""contentPolicy"": {""filters"": [{""type"": ""HATE"", ""confidence"": ""HIGH"", ""filterStrength"": ""HIGH"", ""action"": ""BLOCKED"", ""detected"": true}]},
    ""wordPolicy"": {""customWords"": [{""match"": ""w"", ""action"": ""BLOCKED""}], ""managedWordLists"": [{""match"": ""m"", ""type"": ""PROFANITY"", ""action"": ""NONE""}]},
    ""sensitiveInformationPolicy"": {""piiEntities"": [{""match"": ""a@b.c"", ""type"": ""EMAIL"", ""action"": ""ANONYMIZED""}], ""regexes"": [{""name"": ""r"", ""match"": ""x"", ""regex"": ""x+"", ""action"": ""BLOCKED""}]},
    ""contextualGroundingPolicy"": {""filters"": [{""type"": ""GROUNDING"", ""threshold"": 0.5, ""score"": 0.25, ""action"": ""BLOCKED"", ""detected"": true}]},
    ""automatedReasoningPolicy"": {""findings"": [
      {""valid"": {""translation"": {""premises"": [{""logic"": ""(a)"", ""naturalLanguage"": ""A""}], ""claims"": [{""logic"": ""(b)""}], ""untranslatedClaims"": [{""text"": ""u""}], ""confidence"": 0.875}, ""claimsTrueScenario"": {""statements"": [{""logic"": ""(c)""}]}, ""supportingRules"": [{""identifier"": ""abcdefghijkl"", ""policyVersionArn"": ""arn:aws:bedrock:us-east-1:123456789012:automated-reasoning-policy/abcdefghijkl:1""}], ""logicWarning"": {""type"": ""ALWAYS_TRUE"", ""premises"": [{""logic"": ""(d)""}]}}},
      {""translationAmbiguous"": {""options"": [{""translations"": [{""claims"": [{""logic"": ""(e)""}]}]}], ""differenceScenarios"": [{""statements"": []}]}},
      {""tooComplex"": {}},
      {""noTranslations"": {}}
    ]},
    ""invocationMetrics"": {""guardrailProcessingLatency"": 12, ""usage"": {""topicPolicyUnits"": 1, ""contentPolicyUnits"": 1, ""wordPolicyUnits"": 1, ""sensitiveInformationPolicyUnits"": 1, ""sensitiveInformationPolicyFreeUnits"": 0, ""contextualGroundingPolicyUnits"": 0}, ""guardrailCoverage"": {""textCharacters"": {""guarded"": 10, ""total"": 20}, ""images"": {""guarded"": 0, ""total"": 1}}},
    ""appliedGuardrailDetails"": {""guardrailId"": ""g"", ""guardrailVersion"": ""1"", ""guardrailArn"": ""arn:g"", ""guardrailOrigin"": [""REQUEST""], ""guardrailOwnership"": ""SELF""}
  }],
  ""guardrailCoverage"": {""textCharacters"": {""guarded"": 1, ""total"": 2}}
}";
            var response = BedrockJson.Deserialize<ApplyGuardrailResponse>(json)!;

            var finding = response.Assessments![0].AutomatedReasoningPolicy!.Findings![0].Valid!;
            Assert.Equal(0.875, finding.Translation!.Confidence);
            Assert.Equal("abcdefghijkl", finding.SupportingRules![0].Identifier);
            Assert.NotNull(response.Assessments[0].AutomatedReasoningPolicy!.Findings![2].TooComplex);
            Assert.Equal(0.25, response.Assessments[0].ContextualGroundingPolicy!.Filters![0].Score);
            JsonAssert.Equivalent(json, BedrockJson.Serialize(response));
        }
    }
}
