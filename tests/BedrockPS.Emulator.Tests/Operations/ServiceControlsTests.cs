using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BedrockPS.Emulator.Tests.Support;
using Xunit;

namespace BedrockPS.Emulator.Tests.Operations
{
    /// <summary>serviceTier, performanceConfig and requestMetadata, as the service takes and refuses them.</summary>
    public sealed class ServiceControlsTests : IDisposable
    {
        private const string Haiku45 = "us.anthropic.claude-haiku-4-5-20251001-v1:0";
        private const string NovaLite = "amazon.nova-lite-v1:0";
        private readonly BedrockEmulator _emulator;
        private readonly EmulatorClient _client;

        public ServiceControlsTests()
        {
            _emulator = BedrockEmulator.Start(new EmulatorOptions { FlexThrottleEveryNth = 3 });
            _client = new EmulatorClient(_emulator);
        }

        private static string Tier(string type) => ",\"serviceTier\":{\"type\":\"" + type + "\"}";

        [Theory]
        [InlineData(NovaLite, "flex")]
        [InlineData(NovaLite, "priority")]
        [InlineData(Haiku45, "default")]
        public async Task The_service_tier_is_echoed_in_the_response_and_in_the_stream_metadata(string model, string tier)
        {
            var response = await _client.PostJsonAsync(EmulatorClient.ModelPath(model, "converse"), EmulatorClient.UserMessage("hi", Tier(tier)));
            Assert.Equal(tier, response["serviceTier"]!["type"]!.GetValue<string>());

            var call = await StreamCall.RunAsync(_client, EmulatorClient.ModelPath(model, "converse-stream"), EmulatorClient.UserMessage("hi", Tier(tier)));
            Assert.Equal(tier, call.Events("metadata").Single().Json["serviceTier"]!["type"]!.GetValue<string>());
        }

        [Theory]
        [InlineData(Haiku45, "flex", "The service tier provided is not supported for this model.")]
        [InlineData(Haiku45, "priority", "The service tier provided is not supported for this model.")]
        [InlineData(NovaLite, "reserved", "Reservation not found.")]
        [InlineData(NovaLite, "cheapest", "The service tier provided is invalid.")]
        public async Task A_tier_the_model_is_not_offered_in_is_refused(string model, string tier, string expected)
        {
            using var response = await _client.PostAsync(EmulatorClient.ModelPath(model, "converse"), EmulatorClient.UserMessage("hi", Tier(tier)));
            Assert.Equal(expected, await ErrorAssert.IsAsync(response, 400, "ValidationException"));
        }

        [Fact]
        public async Task InvokeModel_takes_the_tier_and_latency_headers_and_reports_them_back()
        {
            var request = _client.Build(System.Net.Http.HttpMethod.Post, EmulatorClient.ModelPath("us.amazon.nova-pro-v1:0", "invoke"),
                "{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"hi\"}]}]}");
            request.Headers.Add("X-Amzn-Bedrock-Service-Tier", "priority");
            request.Headers.Add("X-Amzn-Bedrock-PerformanceConfig-Latency", "optimized");
            using var response = await _client.SendAsync(request);
            Assert.Equal(200, (int)response.StatusCode);
            Assert.Equal("priority", response.Headers.GetValues("X-Amzn-Bedrock-Service-Tier").Single());
            Assert.Equal("optimized", response.Headers.GetValues("X-Amzn-Bedrock-PerformanceConfig-Latency").Single());

            var refused = _client.Build(System.Net.Http.HttpMethod.Post, EmulatorClient.ModelPath(Haiku45, "invoke"),
                "{\"anthropic_version\":\"bedrock-2023-05-31\",\"max_tokens\":5,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
            refused.Headers.Add("X-Amzn-Bedrock-Service-Tier", "flex");
            using var refusal = await _client.SendAsync(refused);
            Assert.Equal("The service tier provided is not supported for this model.", await ErrorAssert.IsAsync(refusal, 400, "ValidationException"));
        }

        [Fact]
        public async Task Every_third_flex_request_is_throttled_and_other_tiers_are_not()
        {
            var statuses = new System.Collections.Generic.List<int>();
            for (int i = 0; i < 6; i++)
            {
                using var flex = await _client.PostAsync(EmulatorClient.ModelPath(NovaLite, "converse"), EmulatorClient.UserMessage("hi", Tier("flex")));
                statuses.Add((int)flex.StatusCode);
                using var standard = await _client.PostAsync(EmulatorClient.ModelPath(NovaLite, "converse"), EmulatorClient.UserMessage("hi", Tier("default")));
                Assert.Equal(200, (int)standard.StatusCode);
            }
            Assert.Equal(new[] { 200, 200, 429, 200, 200, 429 }, statuses);
        }

        [Fact]
        public async Task Latency_optimized_is_taken_by_the_models_that_offer_it_and_refused_by_others()
        {
            const string optimized = ",\"performanceConfig\":{\"latency\":\"optimized\"}";
            var nova = await _client.PostJsonAsync(EmulatorClient.ModelPath("us.amazon.nova-pro-v1:0", "converse"), EmulatorClient.UserMessage("hi", optimized));
            Assert.Equal("optimized", nova["performanceConfig"]!["latency"]!.GetValue<string>());
            var call = await StreamCall.RunAsync(_client, EmulatorClient.ModelPath("us.amazon.nova-pro-v1:0", "converse-stream"), EmulatorClient.UserMessage("hi", optimized));
            Assert.Equal("optimized", call.Events("metadata").Single().Json["performanceConfig"]!["latency"]!.GetValue<string>());

            var standard = await _client.PostJsonAsync(EmulatorClient.ModelPath(Haiku45, "converse"), EmulatorClient.UserMessage("hi", ",\"performanceConfig\":{\"latency\":\"standard\"}"));
            Assert.Equal("standard", standard["performanceConfig"]!["latency"]!.GetValue<string>());
            using var refused = await _client.PostAsync(EmulatorClient.ModelPath(Haiku45, "converse"), EmulatorClient.UserMessage("hi", optimized));
            Assert.Equal("This model doesn't support the performanceConfig.latency field. Remove performanceConfig.latency and try again.",
                await ErrorAssert.IsAsync(refused, 400, "ValidationException"));
        }

        [Fact]
        public async Task Request_metadata_within_the_limits_is_accepted()
        {
            var pairs = new JsonObject();
            for (int i = 0; i < 16; i++)
            {
                pairs["key" + i] = i == 0 ? string.Empty : "team:ops/cost-centre=" + i + " @x#y$z+,.";
            }
            pairs["key0"] = new string('v', 256);
            var response = await _client.PostJsonAsync(EmulatorClient.ModelPath(Haiku45, "converse"), EmulatorClient.UserMessage("hi", ",\"requestMetadata\":" + pairs.ToJsonString()));
            Assert.Equal("end_turn", response["stopReason"]!.GetValue<string>());
        }

        [Theory]
        [InlineData(17, "k", "v", "Member must have length between 1 and 16")]
        [InlineData(1, "bad key!", "v", "Value 'bad key!' at 'requestMetadata'")]
        [InlineData(1, "k", "semi;colon", "Value 'k' at 'requestMetadata'")]
        [InlineData(1, "LONGKEY", "v", "' at 'requestMetadata' failed to satisfy constraint")]
        [InlineData(1, "k", "LONGVALUE", "Value 'k' at 'requestMetadata'")]
        public async Task Request_metadata_beyond_the_limits_is_refused(int count, string key, string value, string expected)
        {
            key = key == "LONGKEY" ? new string('k', 257) : key;
            value = value == "LONGVALUE" ? new string('v', 257) : value;
            var pairs = new JsonObject();
            for (int i = 0; i < count; i++)
            {
                pairs[count == 1 ? key : key + i] = value;
            }
            using var response = await _client.PostAsync(EmulatorClient.ModelPath(Haiku45, "converse"), EmulatorClient.UserMessage("hi", ",\"requestMetadata\":" + pairs.ToJsonString()));
            string message = await ErrorAssert.IsAsync(response, 400, "ValidationException");
            Assert.StartsWith("1 validation error detected: ", message);
            Assert.Contains(expected, message);
        }

        public void Dispose()
        {
            _client.Dispose();
            _emulator.Dispose();
        }
    }
}
