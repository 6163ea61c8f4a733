using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Models;
using BedrockPS.Core.Tests.Infrastructure;

namespace BedrockPS.Core.Tests.ControlPlane
{
    public sealed class ControlPlaneTests
    {
        private const string Summary = "{\"modelArn\":\"arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0\",\"modelId\":\"anthropic.claude-haiku-4-5-20251001-v1:0\",\"modelName\":\"Claude Haiku 4.5\",\"providerName\":\"Anthropic\",\"inputModalities\":[\"TEXT\",\"IMAGE\"],\"outputModalities\":[\"TEXT\"],\"responseStreamingSupported\":true,\"customizationsSupported\":[],\"inferenceTypesSupported\":[\"INFERENCE_PROFILE\"],\"modelLifecycle\":{\"status\":\"ACTIVE\",\"startOfLifeTime\":\"2025-10-15T00:00:00Z\"},\"newField\":1}";

        [Fact]
        public async Task List_foundation_models_sends_filters_as_query_and_reads_summaries()
        {
            using var server = new LoopbackServer((request, writer) => writer.SendJsonAsync(200, "{\"modelSummaries\":[" + Summary + "]}"));
            using var client = TestClients.Client(server);

            var models = await client.ListFoundationModelsAsync(new FoundationModelFilter { ByProvider = "Anthropic Labs", ByOutputModality = "TEXT", ByInferenceType = "ON_DEMAND" }, CancellationToken.None);

            var model = Assert.Single(models);
            Assert.Equal("anthropic.claude-haiku-4-5-20251001-v1:0", model.ModelId);
            Assert.Equal(new[] { "TEXT", "IMAGE" }, model.InputModalities);
            Assert.True(model.ResponseStreamingSupported);
            Assert.Equal("ACTIVE", model.ModelLifecycle!.Status);
            Assert.Equal(2025, model.ModelLifecycle.StartOfLifeTime!.Value.Year);
            Assert.True(server.Requests.TryPeek(out var sent));
            Assert.Equal("GET", sent!.Method);
            Assert.Equal("/foundation-models", sent.RawPath);
            Assert.Equal("byProvider=Anthropic%20Labs&byOutputModality=TEXT&byInferenceType=ON_DEMAND", sent.Query);
            Assert.Contains("/bedrock/aws4_request", sent.Header("Authorization"));
        }

        [Fact]
        public async Task Get_foundation_model_reads_model_details()
        {
            using var server = new LoopbackServer((request, writer) => writer.SendJsonAsync(200, "{\"modelDetails\":" + Summary + "}"));
            using var client = TestClients.Client(server);

            var model = await client.GetFoundationModelAsync("anthropic.claude-haiku-4-5-20251001-v1:0", CancellationToken.None);

            Assert.Equal("Claude Haiku 4.5", model.ModelName);
            Assert.True(server.Requests.TryPeek(out var sent));
            Assert.Equal("/foundation-models/anthropic.claude-haiku-4-5-20251001-v1%3A0", sent!.RawPath);
        }

        [Fact]
        public async Task List_inference_profiles_follows_every_page()
        {
            using var server = new LoopbackServer((request, writer) =>
            {
                var page = request.Query.Contains("nextToken=page2") ? 2 : 1;
                var body = page == 1
                    ? "{\"inferenceProfileSummaries\":[{\"inferenceProfileId\":\"us.a\",\"type\":\"SYSTEM_DEFINED\",\"models\":[{\"modelArn\":\"arn:1\"}]}],\"nextToken\":\"page2\"}"
                    : "{\"inferenceProfileSummaries\":[{\"inferenceProfileId\":\"eu.b\",\"status\":\"ACTIVE\",\"createdAt\":\"2025-01-31T12:00:00.5Z\"}]}";
                return writer.SendJsonAsync(200, body);
            });
            using var client = TestClients.Client(server);

            var profiles = await client.ListInferenceProfilesAsync("SYSTEM_DEFINED", CancellationToken.None);

            Assert.Equal(new[] { "us.a", "eu.b" }, profiles.Select(p => p.InferenceProfileId));
            Assert.Equal("arn:1", profiles[0].Models![0].ModelArn);
            var requests = server.Requests.ToArray();
            Assert.Equal(2, requests.Length);
            Assert.Equal("maxResults=1000&type=SYSTEM_DEFINED", requests[0].Query);
            Assert.Equal("maxResults=1000&nextToken=page2&type=SYSTEM_DEFINED", requests[1].Query);
        }

        [Fact]
        public async Task Get_inference_profile_reads_the_top_level_fields()
        {
            using var server = new LoopbackServer((request, writer) => writer.SendJsonAsync(200, "{\"inferenceProfileId\":\"global.x\",\"inferenceProfileName\":\"X\",\"type\":\"SYSTEM_DEFINED\"}"));
            using var client = TestClients.Client(server);

            var profile = await client.GetInferenceProfileAsync("global.x", CancellationToken.None);

            Assert.Equal("X", profile.InferenceProfileName);
            Assert.True(server.Requests.TryPeek(out var sent));
            Assert.Equal("/inference-profiles/global.x", sent!.RawPath);
        }

        [Fact]
        public async Task Apply_guardrail_uses_identifier_and_version_in_the_path_only()
        {
            using var server = new LoopbackServer((request, writer) => writer.SendJsonAsync(200,
                "{\"usage\":{\"topicPolicyUnits\":1,\"contentPolicyUnits\":1,\"wordPolicyUnits\":0,\"sensitiveInformationPolicyUnits\":0,\"sensitiveInformationPolicyFreeUnits\":0,\"contextualGroundingPolicyUnits\":0},\"action\":\"GUARDRAIL_INTERVENED\",\"outputs\":[{\"text\":\"blocked\"}],\"assessments\":[{\"topicPolicy\":{\"topics\":[{\"name\":\"x\",\"type\":\"DENY\",\"action\":\"BLOCKED\",\"detected\":true}]}}]}"));
            using var client = TestClients.Client(server);

            var result = await client.ApplyGuardrailAsync(new ApplyGuardrailRequest
            {
                GuardrailIdentifier = "gr-123",
                GuardrailVersion = "DRAFT",
                Source = "INPUT",
                Content = { new GuardrailContentBlock { Text = new GuardrailTextBlock { Text = "hello" } } },
            }, CancellationToken.None);

            Assert.Equal("GUARDRAIL_INTERVENED", result.Action);
            Assert.Equal("blocked", result.Outputs![0].Text);
            Assert.True(result.Assessments![0].TopicPolicy!.Topics![0].Detected);
            Assert.True(server.Requests.TryPeek(out var sent));
            Assert.Equal("/guardrail/gr-123/version/DRAFT/apply", sent!.RawPath);
            JsonAssert.Equivalent("{\"source\":\"INPUT\",\"content\":[{\"text\":{\"text\":\"hello\"}}]}", sent.BodyText);
        }

        [Fact]
        public async Task Invoke_model_sends_the_bedrock_headers_and_reads_token_counts()
        {
            using var server = new LoopbackServer((request, writer) => writer.SendAsync(200, "application/json", Encoding.UTF8.GetBytes("{\"a\":1}"), new Dictionary<string, string>
            {
                ["x-amzn-RequestId"] = "inv-1",
                ["X-Amzn-Bedrock-Input-Token-Count"] = "12",
                ["X-Amzn-Bedrock-Output-Token-Count"] = "34",
                ["X-Amzn-Bedrock-Invocation-Latency"] = "56",
                ["X-Amzn-Bedrock-Cache-Read-Input-Token-Count"] = "7",
            }));
            using var client = TestClients.Client(server);

            var response = await client.InvokeModelAsync(new InvokeModelRequest
            {
                ModelId = "meta.llama3-8b-instruct-v1:0",
                Body = Encoding.UTF8.GetBytes("{\"prompt\":\"hi\"}"),
                GuardrailIdentifier = "gr",
                GuardrailVersion = "1",
                PerformanceConfigLatency = "optimized",
                ServiceTier = "flex",
                RequestMetadata = new Dictionary<string, string> { ["team"] = "ops" },
            }, CancellationToken.None);

            Assert.Equal("{\"a\":1}", Encoding.UTF8.GetString(response.Body));
            Assert.Equal((12, 34, 56L, 7), (response.InputTokens!.Value, response.OutputTokens!.Value, response.InvocationLatencyMs!.Value, response.CacheReadInputTokens!.Value));
            Assert.Equal("inv-1", response.RequestId);
            Assert.True(server.Requests.TryPeek(out var sent));
            Assert.Equal("/model/meta.llama3-8b-instruct-v1%3A0/invoke", sent!.RawPath);
            Assert.Equal("application/json", sent.Header("Accept"));
            Assert.Equal("gr", sent.Header("X-Amzn-Bedrock-GuardrailIdentifier"));
            Assert.Equal("1", sent.Header("X-Amzn-Bedrock-GuardrailVersion"));
            Assert.Equal("optimized", sent.Header("X-Amzn-Bedrock-PerformanceConfig-Latency"));
            Assert.Equal("flex", sent.Header("X-Amzn-Bedrock-Service-Tier"));
            Assert.Equal("{\"team\":\"ops\"}", sent.Header("X-Amzn-Bedrock-Request-Metadata"));
        }
    }
}
