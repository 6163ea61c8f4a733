using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BedrockPS.Emulator.Tests.Support;
using Xunit;

namespace BedrockPS.Emulator.Tests.Operations
{
    /// <summary>ListFoundationModels (filters), GetFoundationModel, ListInferenceProfiles (pagination, type), GetInferenceProfile.</summary>
    public sealed class ControlPlaneTests : EmulatorTest
    {
        [Fact]
        public async Task Catalog_lists_at_least_twenty_models_from_every_provider()
        {
            var models = (await Client.GetJsonAsync("/foundation-models"))["modelSummaries"]!.AsArray();

            Assert.True(models.Count >= 20);
            var providers = models.Select(m => m!["providerName"]!.GetValue<string>()).Distinct().ToList();
            Assert.Contains("Anthropic", providers);
            Assert.Contains("Amazon", providers);
            Assert.Contains("Meta", providers);
            Assert.Contains("Mistral AI", providers);
            Assert.Contains("Cohere", providers);
            Assert.Contains(models, m => m!["modelLifecycle"]!["status"]!.GetValue<string>() == "LEGACY");
            var haiku = models.Single(m => m!["modelId"]!.GetValue<string>() == "anthropic.claude-haiku-4-5-20251001-v1:0")!;
            Assert.Equal("arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0", haiku["modelArn"]!.GetValue<string>());
            Assert.True(haiku["responseStreamingSupported"]!.GetValue<bool>());
        }

        [Theory]
        [InlineData("byProvider=anthropic", "providerName", "Anthropic")]
        [InlineData("byProvider=Mistral%20AI", "providerName", "Mistral AI")]
        [InlineData("byOutputModality=EMBEDDING", "outputModalities", "EMBEDDING")]
        [InlineData("byInferenceType=PROVISIONED", "inferenceTypesSupported", "PROVISIONED")]
        [InlineData("byCustomizationType=DISTILLATION", "customizationsSupported", "DISTILLATION")]
        public async Task List_filters_keep_only_matching_models(string query, string field, string expected)
        {
            var models = (await Client.GetJsonAsync("/foundation-models?" + query))["modelSummaries"]!.AsArray();

            Assert.NotEmpty(models);
            foreach (var model in models)
            {
                var value = model![field]!;
                if (value is JsonArray array)
                {
                    Assert.Contains(expected, array.Select(v => v!.GetValue<string>()));
                }
                else
                {
                    Assert.Equal(expected, value.GetValue<string>());
                }
            }
        }

        [Fact]
        public async Task Unknown_filter_value_is_ValidationException()
        {
            using var response = await Client.GetAsync("/foundation-models?byOutputModality=SMELL");
            Assert.Contains("byOutputModality", await ErrorAssert.IsAsync(response, 400, "ValidationException"));
        }

        [Fact]
        public async Task Get_model_by_id_and_by_arn()
        {
            var byId = await Client.GetJsonAsync("/foundation-models/" + Uri.EscapeDataString("amazon.nova-micro-v1:0"));
            var byArn = await Client.GetJsonAsync("/foundation-models/" + Uri.EscapeDataString("arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-micro-v1:0"));

            Assert.Equal("Nova Micro", byId["modelDetails"]!["modelName"]!.GetValue<string>());
            Assert.Equal(byId.ToJsonString(), byArn.ToJsonString());
        }

        [Fact]
        public async Task Get_unknown_model_is_ResourceNotFoundException()
        {
            using var response = await Client.GetAsync("/foundation-models/nobody.nothing-v1");
            await ErrorAssert.IsAsync(response, 404, "ResourceNotFoundException");
        }

        [Fact]
        public async Task Profiles_paginate_with_next_token_until_every_profile_is_seen()
        {
            var all = (await Client.GetJsonAsync("/inference-profiles"))["inferenceProfileSummaries"]!.AsArray();
            var seen = new List<string>();
            string? token = null;
            int pages = 0;
            do
            {
                var page = await Client.GetJsonAsync("/inference-profiles?maxResults=7" + (token == null ? string.Empty : "&nextToken=" + Uri.EscapeDataString(token)));
                var items = page["inferenceProfileSummaries"]!.AsArray();
                Assert.True(items.Count <= 7);
                seen.AddRange(items.Select(i => i!["inferenceProfileId"]!.GetValue<string>()));
                token = page["nextToken"]?.GetValue<string>();
                pages++;
            }
            while (token != null);

            Assert.Equal(all.Select(i => i!["inferenceProfileId"]!.GetValue<string>()), seen);
            Assert.True(pages > 1);
            Assert.Contains(seen, id => id.StartsWith("us.", StringComparison.Ordinal));
            Assert.Contains(seen, id => id.StartsWith("eu.", StringComparison.Ordinal));
            Assert.Contains(seen, id => id.StartsWith("global.", StringComparison.Ordinal));
        }

        [Fact]
        public async Task Type_filter_lists_system_defined_profiles_and_no_application_ones()
        {
            var system = (await Client.GetJsonAsync("/inference-profiles?type=SYSTEM_DEFINED"))["inferenceProfileSummaries"]!.AsArray();
            var application = (await Client.GetJsonAsync("/inference-profiles?type=APPLICATION"))["inferenceProfileSummaries"]!.AsArray();

            Assert.NotEmpty(system);
            Assert.All(system, p => Assert.Equal("SYSTEM_DEFINED", p!["type"]!.GetValue<string>()));
            Assert.Empty(application);
        }

        [Theory]
        [InlineData("maxResults=0")]
        [InlineData("maxResults=1001")]
        [InlineData("nextToken=garbage")]
        public async Task Bad_pagination_is_ValidationException(string query)
        {
            using var response = await Client.GetAsync("/inference-profiles?" + query);
            await ErrorAssert.IsAsync(response, 400, "ValidationException");
        }

        [Fact]
        public async Task Get_profile_by_id_and_arn_lists_its_model_arns()
        {
            var profile = await Client.GetJsonAsync("/inference-profiles/" + Uri.EscapeDataString("global.anthropic.claude-sonnet-4-5-20250929-v1:0"));
            var byArn = await Client.GetJsonAsync("/inference-profiles/" + Uri.EscapeDataString(profile["inferenceProfileArn"]!.GetValue<string>()));

            Assert.Equal("ACTIVE", profile["status"]!.GetValue<string>());
            Assert.Contains(profile["models"]!.AsArray(), m => m!["modelArn"]!.GetValue<string>().EndsWith("foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0", StringComparison.Ordinal));
            Assert.Equal(profile.ToJsonString(), byArn.ToJsonString());
        }

        [Fact]
        public async Task Get_unknown_profile_is_ResourceNotFoundException()
        {
            using var response = await Client.GetAsync("/inference-profiles/us.nothing-v1%3A0");
            await ErrorAssert.IsAsync(response, 404, "ResourceNotFoundException");
        }
    }
}
