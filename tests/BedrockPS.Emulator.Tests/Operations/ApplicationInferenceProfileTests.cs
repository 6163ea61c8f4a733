using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BedrockPS.Emulator.Tests.Support;
using Xunit;

namespace BedrockPS.Emulator.Tests.Operations
{
    /// <summary>CreateInferenceProfile, GetInferenceProfile, ListInferenceProfiles, DeleteInferenceProfile and tagging of application profiles.</summary>
    public sealed class ApplicationInferenceProfileTests : EmulatorTest
    {
        private const string Haiku45 = "arn:aws:bedrock:us-east-1:111122223333:inference-profile/us.anthropic.claude-haiku-4-5-20251001-v1:0";
        private const string NovaLite = "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-lite-v1:0";

        private static string CreateBody(string name, string copyFrom, string extra = "") =>
            "{\"inferenceProfileName\":\"" + name + "\",\"modelSource\":{\"copyFrom\":\"" + copyFrom + "\"}" + extra + "}";

        private async Task<string> CreateAsync(string name, string copyFrom, string extra = "")
        {
            using var response = await Client.PostAsync("/inference-profiles", CreateBody(name, copyFrom, extra));
            string text = await response.Content.ReadAsStringAsync();
            Assert.True(201 == (int)response.StatusCode, text);
            var json = JsonNode.Parse(text)!.AsObject();
            Assert.Equal("ACTIVE", json["status"]!.GetValue<string>());
            return json["inferenceProfileArn"]!.GetValue<string>();
        }

        [Fact]
        public async Task Create_from_a_system_profile_copies_its_models_and_keeps_tags()
        {
            string arn = await CreateAsync("team-a-summaries", Haiku45,
                ",\"description\":\"Summaries for team A\",\"tags\":[{\"key\":\"pipeline\",\"value\":\"nightly\"},{\"key\":\"team\",\"value\":\"a\"}]");

            Assert.Matches("^arn:aws:bedrock:us-east-1:[0-9]{12}:application-inference-profile/[a-z0-9]{12}$", arn);
            var profile = await Client.GetJsonAsync("/inference-profiles/" + Uri.EscapeDataString(arn));
            Assert.Equal("APPLICATION", profile["type"]!.GetValue<string>());
            Assert.Equal("team-a-summaries", profile["inferenceProfileName"]!.GetValue<string>());
            Assert.Equal("Summaries for team A", profile["description"]!.GetValue<string>());
            Assert.Equal(arn, profile["inferenceProfileArn"]!.GetValue<string>());
            Assert.Equal(arn.Substring(arn.LastIndexOf('/') + 1), profile["inferenceProfileId"]!.GetValue<string>());
            var models = profile["models"]!.AsArray().Select(m => m!["modelArn"]!.GetValue<string>()).ToList();
            Assert.True(models.Count > 1);
            Assert.All(models, m => Assert.EndsWith(":foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0", m));

            var tags = await Client.PostJsonAsync("/listTagsForResource", "{\"resourceARN\":\"" + arn + "\"}");
            Assert.Equal("[{\"key\":\"pipeline\",\"value\":\"nightly\"},{\"key\":\"team\",\"value\":\"a\"}]", tags["tags"]!.ToJsonString());
        }

        [Fact]
        public async Task Get_by_id_equals_get_by_arn_and_list_filters_by_type()
        {
            string arn = await CreateAsync("nova-lite-batch", NovaLite);
            string id = arn.Substring(arn.LastIndexOf('/') + 1);

            var byArn = await Client.GetJsonAsync("/inference-profiles/" + Uri.EscapeDataString(arn));
            var byId = await Client.GetJsonAsync("/inference-profiles/" + id);
            Assert.Equal(byArn.ToJsonString(), byId.ToJsonString());
            Assert.Equal(NovaLite, byId["models"]![0]!["modelArn"]!.GetValue<string>());

            var application = (await Client.GetJsonAsync("/inference-profiles?type=APPLICATION"))["inferenceProfileSummaries"]!.AsArray();
            Assert.Equal(id, Assert.Single(application)!["inferenceProfileId"]!.GetValue<string>());
            var system = (await Client.GetJsonAsync("/inference-profiles?type=SYSTEM_DEFINED"))["inferenceProfileSummaries"]!.AsArray();
            Assert.DoesNotContain(system, p => p!["type"]!.GetValue<string>() == "APPLICATION");
            var both = (await Client.GetJsonAsync("/inference-profiles"))["inferenceProfileSummaries"]!.AsArray();
            Assert.Equal(system.Count + 1, both.Count);
        }

        [Fact]
        public async Task Converse_and_InvokeModel_route_an_application_profile_to_its_model()
        {
            string arn = await CreateAsync("routing", Haiku45);
            string id = arn.Substring(arn.LastIndexOf('/') + 1);

            var byArn = await Client.PostJsonAsync(EmulatorClient.ModelPath(arn, "converse"), EmulatorClient.UserMessage("hello there"));
            var byId = await Client.PostJsonAsync(EmulatorClient.ModelPath(id, "converse"), EmulatorClient.UserMessage("hello there"));
            var direct = await Client.PostJsonAsync(EmulatorClient.ModelPath("us.anthropic.claude-haiku-4-5-20251001-v1:0", "converse"), EmulatorClient.UserMessage("hello there"));
            Assert.Equal(direct["output"]!.ToJsonString(), byArn["output"]!.ToJsonString());
            Assert.Equal(direct["output"]!.ToJsonString(), byId["output"]!.ToJsonString());

            var invoked = await Client.PostJsonAsync(EmulatorClient.ModelPath(arn, "invoke"),
                "{\"anthropic_version\":\"bedrock-2023-05-31\",\"max_tokens\":50,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
            Assert.Equal("message", invoked["type"]!.GetValue<string>());
        }

        [Fact]
        public async Task Delete_removes_the_profile_and_routing_stops()
        {
            string arn = await CreateAsync("short-lived", NovaLite);

            using (var deleted = await Client.SendAsync(Client.Build(HttpMethod.Delete, "/inference-profiles/" + Uri.EscapeDataString(arn))))
            {
                Assert.Equal(200, (int)deleted.StatusCode);
                Assert.Equal("{}", await deleted.Content.ReadAsStringAsync());
            }
            using (var again = await Client.SendAsync(Client.Build(HttpMethod.Delete, "/inference-profiles/" + Uri.EscapeDataString(arn))))
            {
                await ErrorAssert.IsAsync(again, 404, "ResourceNotFoundException");
            }
            using (var get = await Client.GetAsync("/inference-profiles/" + Uri.EscapeDataString(arn)))
            {
                await ErrorAssert.IsAsync(get, 404, "ResourceNotFoundException");
            }
            using var call = await Client.PostAsync(EmulatorClient.ModelPath(arn, "converse"), EmulatorClient.UserMessage("hi"));
            await ErrorAssert.IsAsync(call, 404, "ResourceNotFoundException");
        }

        [Fact]
        public async Task A_system_profile_cannot_be_deleted()
        {
            using var response = await Client.SendAsync(Client.Build(HttpMethod.Delete, "/inference-profiles/us.amazon.nova-lite-v1:0"));
            Assert.Contains("system-defined", await ErrorAssert.IsAsync(response, 400, "ValidationException"));
        }

        [Fact]
        public async Task A_name_in_use_is_ConflictException_and_a_repeated_token_returns_the_first_profile()
        {
            string first = await CreateAsync("idempotent", NovaLite, ",\"clientRequestToken\":\"token-1\"");
            string retried = await CreateAsync("idempotent", NovaLite, ",\"clientRequestToken\":\"token-1\"");
            Assert.Equal(first, retried);

            using var duplicate = await Client.PostAsync("/inference-profiles", CreateBody("idempotent", NovaLite, ",\"clientRequestToken\":\"token-2\""));
            Assert.Contains("idempotent", await ErrorAssert.IsAsync(duplicate, 400, "ConflictException"));
            using var reused = await Client.PostAsync("/inference-profiles", CreateBody("other-name", NovaLite, ",\"clientRequestToken\":\"token-1\""));
            await ErrorAssert.IsAsync(reused, 400, "ConflictException");
            Assert.Single((await Client.GetJsonAsync("/inference-profiles?type=APPLICATION"))["inferenceProfileSummaries"]!.AsArray());
        }

        [Theory]
        [InlineData("{\"modelSource\":{\"copyFrom\":\"" + NovaLite + "\"}}", "inferenceProfileName")]
        [InlineData("{\"inferenceProfileName\":\"bad name!\",\"modelSource\":{\"copyFrom\":\"" + NovaLite + "\"}}", "inferenceProfileName")]
        [InlineData("{\"inferenceProfileName\":\"ok\"}", "modelSource")]
        [InlineData("{\"inferenceProfileName\":\"ok\",\"modelSource\":{\"copyFrom\":\"amazon.nova-lite-v1:0\"}}", "modelSource.copyFrom")]
        [InlineData("{\"inferenceProfileName\":\"ok\",\"modelSource\":{\"copyFrom\":\"" + NovaLite + "\"},\"tags\":[{\"key\":\"\",\"value\":\"x\"}]}", "tags.1.member.key")]
        public async Task Invalid_create_requests_are_ValidationException_naming_the_member(string body, string member)
        {
            using var response = await Client.PostAsync("/inference-profiles", body);
            Assert.Contains("'" + member + "'", await ErrorAssert.IsAsync(response, 400, "ValidationException"));
        }

        [Fact]
        public async Task An_unknown_source_is_ResourceNotFoundException()
        {
            using var response = await Client.PostAsync("/inference-profiles",
                CreateBody("ghost", "arn:aws:bedrock:us-east-1::foundation-model/nobody.nothing-v1"));
            await ErrorAssert.IsAsync(response, 404, "ResourceNotFoundException");
        }

        [Fact]
        public async Task More_than_fifty_tags_is_TooManyTagsException()
        {
            string tags = string.Join(",", Enumerable.Range(1, 51).Select(i => "{\"key\":\"k" + i + "\",\"value\":\"v\"}"));
            using var response = await Client.PostAsync("/inference-profiles", CreateBody("many-tags", NovaLite, ",\"tags\":[" + tags + "]"));
            await ErrorAssert.IsAsync(response, 400, "TooManyTagsException");
            Assert.Empty((await Client.GetJsonAsync("/inference-profiles?type=APPLICATION"))["inferenceProfileSummaries"]!.AsArray());
        }

        [Fact]
        public async Task TagResource_overwrites_and_UntagResource_removes()
        {
            string arn = await CreateAsync("tagged", NovaLite, ",\"tags\":[{\"key\":\"team\",\"value\":\"a\"}]");

            await Client.PostJsonAsync("/tagResource", "{\"resourceARN\":\"" + arn + "\",\"tags\":[{\"key\":\"team\",\"value\":\"b\"},{\"key\":\"cost-center\",\"value\":\"42\"}]}");
            var tags = await Client.PostJsonAsync("/listTagsForResource", "{\"resourceARN\":\"" + arn + "\"}");
            Assert.Equal("[{\"key\":\"team\",\"value\":\"b\"},{\"key\":\"cost-center\",\"value\":\"42\"}]", tags["tags"]!.ToJsonString());

            await Client.PostJsonAsync("/untagResource", "{\"resourceARN\":\"" + arn + "\",\"tagKeys\":[\"team\",\"absent\"]}");
            tags = await Client.PostJsonAsync("/listTagsForResource", "{\"resourceARN\":\"" + arn + "\"}");
            Assert.Equal("[{\"key\":\"cost-center\",\"value\":\"42\"}]", tags["tags"]!.ToJsonString());

            using var unknown = await Client.PostAsync("/listTagsForResource", "{\"resourceARN\":\"arn:aws:bedrock:us-east-1:111122223333:application-inference-profile/zzzzzzzzzzzz\"}");
            await ErrorAssert.IsAsync(unknown, 404, "ResourceNotFoundException");
        }
    }
}
