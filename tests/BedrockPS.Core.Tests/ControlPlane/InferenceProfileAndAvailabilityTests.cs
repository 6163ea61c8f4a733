using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Models;
using BedrockPS.Core.Tests.Infrastructure;

namespace BedrockPS.Core.Tests.ControlPlane
{
    /// <summary>The wire form of GetFoundationModelAvailability, CreateInferenceProfile, DeleteInferenceProfile and ListTagsForResource.</summary>
    public sealed class InferenceProfileAndAvailabilityTests
    {
        private const string ProfileArn = "arn:aws:bedrock:us-east-1:111122223333:application-inference-profile/abcdefghij12";

        [Fact]
        public async Task Availability_reads_every_member()
        {
            using var server = new LoopbackServer((request, writer) => writer.SendJsonAsync(200,
                "{\"modelId\":\"amazon.nova-lite-v1:0\",\"agreementAvailability\":{\"status\":\"ERROR\",\"errorMessage\":\"boom\"},\"authorizationStatus\":\"NOT_AUTHORIZED\","
                + "\"entitlementAvailability\":\"NOT_AVAILABLE\",\"regionAvailability\":\"AVAILABLE\",\"later\":1}"));
            using var client = TestClients.Client(server);

            var availability = await client.GetFoundationModelAvailabilityAsync("amazon.nova-lite-v1:0", CancellationToken.None);

            Assert.Equal("amazon.nova-lite-v1:0", availability.ModelId);
            Assert.Equal("ERROR", availability.AgreementAvailability!.Status);
            Assert.Equal("boom", availability.AgreementAvailability.ErrorMessage);
            Assert.Equal("NOT_AUTHORIZED", availability.AuthorizationStatus);
            Assert.Equal("NOT_AVAILABLE", availability.EntitlementAvailability);
            Assert.Equal("AVAILABLE", availability.RegionAvailability);
            Assert.True(server.Requests.TryPeek(out var sent));
            Assert.Equal("GET", sent!.Method);
            Assert.Equal("/foundation-model-availability/amazon.nova-lite-v1%3A0", sent.RawPath);
        }

        [Fact]
        public async Task Create_sends_the_request_and_one_token_for_every_attempt()
        {
            int calls = 0;
            using var server = new LoopbackServer((request, writer) => Interlocked.Increment(ref calls) == 1
                ? writer.SendJsonAsync(503, "{\"message\":\"busy\"}", new Dictionary<string, string> { ["X-Amzn-Errortype"] = "ServiceUnavailableException" })
                : writer.SendJsonAsync(201, "{\"inferenceProfileArn\":\"" + ProfileArn + "\",\"status\":\"ACTIVE\"}"));
            using var client = TestClients.Client(server);

            var created = await client.CreateInferenceProfileAsync(new CreateInferenceProfileRequest
            {
                InferenceProfileName = "nightly",
                Description = "Nightly summaries",
                ModelSource = new InferenceProfileModelSource { CopyFrom = "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-lite-v1:0" },
                Tags = new List<ResourceTag> { new ResourceTag("pipeline", "nightly") },
            }, CancellationToken.None);

            Assert.Equal(ProfileArn, created.InferenceProfileArn);
            Assert.Equal("ACTIVE", created.Status);
            var sent = server.Requests.ToArray();
            Assert.Equal(2, sent.Length);
            Assert.All(sent, r => Assert.Equal("POST", r.Method));
            Assert.All(sent, r => Assert.Equal("/inference-profiles", r.RawPath));
            var first = JsonNode.Parse(sent[0].BodyText)!.AsObject();
            var second = JsonNode.Parse(sent[1].BodyText)!.AsObject();
            Assert.Equal("nightly", first["inferenceProfileName"]!.GetValue<string>());
            Assert.Equal("Nightly summaries", first["description"]!.GetValue<string>());
            Assert.Equal("arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-lite-v1:0", first["modelSource"]!["copyFrom"]!.GetValue<string>());
            Assert.Equal("[{\"key\":\"pipeline\",\"value\":\"nightly\"}]", first["tags"]!.ToJsonString());
            string token = first["clientRequestToken"]!.GetValue<string>();
            Assert.False(string.IsNullOrEmpty(token));
            Assert.Equal(token, second["clientRequestToken"]!.GetValue<string>());
        }

        [Fact]
        public async Task Delete_sends_DELETE_with_the_encoded_arn()
        {
            using var server = new LoopbackServer((request, writer) => writer.SendJsonAsync(200, "{}"));
            using var client = TestClients.Client(server);

            await client.DeleteInferenceProfileAsync(ProfileArn, CancellationToken.None);

            Assert.True(server.Requests.TryPeek(out var sent));
            Assert.Equal("DELETE", sent!.Method);
            Assert.Equal("/inference-profiles/arn%3Aaws%3Abedrock%3Aus-east-1%3A111122223333%3Aapplication-inference-profile%2Fabcdefghij12", sent.RawPath);
        }

        [Fact]
        public async Task Delete_of_a_missing_profile_is_a_ResourceNotFoundException()
        {
            using var server = new LoopbackServer((request, writer) => writer.SendJsonAsync(404, "{\"message\":\"gone\"}",
                new Dictionary<string, string> { ["X-Amzn-Errortype"] = "ResourceNotFoundException" }));
            using var client = TestClients.Client(server);

            var error = await Assert.ThrowsAsync<BedrockServiceException>(() => client.DeleteInferenceProfileAsync("abcdefghij12", CancellationToken.None));
            Assert.Equal("ResourceNotFoundException", error.ErrorCode);
            Assert.Equal(1, server.RequestCount);
        }

        [Fact]
        public async Task List_tags_posts_the_arn_and_reads_the_tags()
        {
            using var server = new LoopbackServer((request, writer) => writer.SendJsonAsync(200, "{\"tags\":[{\"key\":\"team\",\"value\":\"a\"},{\"key\":\"pipeline\",\"value\":\"\"}]}"));
            using var client = TestClients.Client(server);

            var tags = await client.ListTagsForResourceAsync(ProfileArn, CancellationToken.None);

            Assert.Equal(new[] { "team=a", "pipeline=" }, tags.Select(t => t.Key + "=" + t.Value));
            Assert.True(server.Requests.TryPeek(out var sent));
            Assert.Equal("POST", sent!.Method);
            Assert.Equal("/listTagsForResource", sent.RawPath);
            Assert.Equal("{\"resourceARN\":\"" + ProfileArn + "\"}", sent.BodyText);
        }
    }
}
