using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Tests.Errors;
using BedrockPS.Core.Lifecycle;
using BedrockPS.Core.Tests.Infrastructure;
using Xunit;

namespace BedrockPS.Core.Tests.Lifecycle
{
    /// <summary>
    /// The registry learns lifecycles from catalog answers the client parses anyway, and gives a Legacy warning once per
    /// model. Each test uses model ids of its own: the registry lives for the process, like a PowerShell session.
    /// </summary>
    public sealed class ModelLifecycleRegistryTests
    {
        private static string Summary(string modelId, string lifecycle) =>
            "{\"modelArn\":\"arn:aws:bedrock:us-east-1::foundation-model/" + modelId + "\",\"modelId\":\"" + modelId + "\",\"modelName\":\"Test Model\","
            + "\"providerName\":\"Test\",\"modelLifecycle\":" + lifecycle + "}";

        private const string LegacyLifecycle = "{\"status\":\"LEGACY\",\"startOfLifeTime\":\"2024-01-01T00:00:00Z\",\"legacyTime\":\"2026-06-01T00:00:00Z\","
            + "\"publicExtendedAccessTime\":\"2026-09-01T00:00:00Z\",\"endOfLifeTime\":\"2027-03-01T00:00:00Z\"}";

        private const string ActiveLifecycle = "{\"status\":\"ACTIVE\",\"startOfLifeTime\":\"2025-10-15T00:00:00Z\"}";

        [Theory]
        [InlineData("amazon.nova-lite-v1:0", "amazon.nova-lite-v1:0")]
        [InlineData("us.anthropic.claude-haiku-4-5-20251001-v1:0", "anthropic.claude-haiku-4-5-20251001-v1:0")]
        [InlineData("global.anthropic.claude-sonnet-4-5-20250929-v1:0", "anthropic.claude-sonnet-4-5-20250929-v1:0")]
        [InlineData("apac.amazon.nova-lite-v1:0", "amazon.nova-lite-v1:0")]
        [InlineData("arn:aws:bedrock:us-east-1::foundation-model/meta.llama3-8b-instruct-v1:0", "meta.llama3-8b-instruct-v1:0")]
        [InlineData("arn:aws:bedrock:us-east-1:123456789012:inference-profile/eu.amazon.nova-pro-v1:0", "amazon.nova-pro-v1:0")]
        [InlineData("arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3", null)]
        [InlineData("arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abc", null)]
        [InlineData("  ", null)]
        public void The_foundation_model_behind_an_identifier_is_read_without_a_request(string identifier, string? expected)
        {
            Assert.Equal(expected, ModelIdentifiers.FoundationModelIdOf(identifier));
        }

        [Fact]
        public async Task A_listed_legacy_model_warns_once_with_its_dates_and_its_profile_counts_as_the_same_model()
        {
            const string legacy = "test.lifecycle-listed-legacy-v1:0";
            const string active = "test.lifecycle-listed-active-v1:0";
            using var server = new LoopbackServer((request, writer) => writer.SendJsonAsync(200,
                "{\"modelSummaries\":[" + Summary(legacy, LegacyLifecycle) + "," + Summary(active, ActiveLifecycle) + "]}"));
            using var client = TestClients.Client(server);

            Assert.Null(ModelLifecycleRegistry.TakeLegacyWarning(legacy));
            await client.ListFoundationModelsAsync(null, CancellationToken.None);

            ModelLifecycleFact fact = ModelLifecycleRegistry.Find("us." + legacy)!;
            Assert.True(fact.IsLegacy);
            Assert.Equal(new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero), fact.EndOfLifeTime);
            string? warning = ModelLifecycleRegistry.TakeLegacyWarning("us." + legacy);
            Assert.Equal(legacy + " (Test Model) is a Legacy model: it reaches end of life on 2027-03-01, and calls to it fail from then on."
                + " Public extended access (provider pricing, usually higher) starts on 2026-09-01. Move to an active model.", warning);
            Assert.Null(ModelLifecycleRegistry.TakeLegacyWarning(legacy));
            Assert.Null(ModelLifecycleRegistry.TakeLegacyWarning("arn:aws:bedrock:us-east-1::foundation-model/" + legacy));
            Assert.Null(ModelLifecycleRegistry.TakeLegacyWarning(active));
            Assert.Equal("ACTIVE", ModelLifecycleRegistry.Find(active)!.Status);
        }

        [Fact]
        public async Task Model_details_teach_the_registry_too_and_a_later_answer_replaces_an_earlier_one()
        {
            const string model = "test.lifecycle-details-v1:0";
            string lifecycle = ActiveLifecycle;
            using var server = new LoopbackServer((request, writer) => writer.SendJsonAsync(200, "{\"modelDetails\":" + Summary(model, lifecycle) + "}"));
            using var client = TestClients.Client(server);

            await client.GetFoundationModelAsync(model, CancellationToken.None);
            Assert.Null(ModelLifecycleRegistry.TakeLegacyWarning(model));

            lifecycle = LegacyLifecycle;
            await client.GetFoundationModelAsync(model, CancellationToken.None);
            Assert.NotNull(ModelLifecycleRegistry.TakeLegacyWarning(model));
        }

        [Fact]
        public void A_legacy_model_without_a_published_end_of_life_says_so()
        {
            var fact = new ModelLifecycleFact("test.no-date-v1", null, "LEGACY", null, null, null, null);
            Assert.Equal("test.no-date-v1 is a Legacy model and will reach end of life; no date is published yet. Move to an active model.", fact.DescribeLegacy());
        }

        [Fact]
        public void Many_threads_asking_at_once_get_exactly_one_warning()
        {
            const string model = "test.lifecycle-concurrent-v1:0";
            ModelLifecycleRegistry.Learn(new BedrockPS.Core.Models.FoundationModelSummary
            {
                ModelId = model,
                ModelLifecycle = new BedrockPS.Core.Models.FoundationModelLifecycle { Status = "LEGACY", EndOfLifeTime = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero) },
            });
            var warnings = new ConcurrentBag<string>();
            using var start = new Barrier(8);
            var threads = Enumerable.Range(0, 8).Select(i => new Thread(() =>
            {
                start.SignalAndWait();
                for (int n = 0; n < 100; n++)
                {
                    string? warning = ModelLifecycleRegistry.TakeLegacyWarning(n % 2 == 0 ? model : "eu." + model);
                    if (warning != null) warnings.Add(warning);
                    ModelLifecycleRegistry.Learn(new BedrockPS.Core.Models.FoundationModelSummary { ModelId = "test.lifecycle-noise-" + i + "-" + n, ModelLifecycle = new BedrockPS.Core.Models.FoundationModelLifecycle { Status = "ACTIVE" } });
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            Assert.Single(warnings);
        }

        [Fact]
        public void Entries_without_an_id_or_a_status_are_ignored()
        {
            ModelLifecycleRegistry.Learn(new List<BedrockPS.Core.Models.FoundationModelSummary>
            {
                new BedrockPS.Core.Models.FoundationModelSummary { ModelId = "test.lifecycle-no-status-v1", ModelLifecycle = new BedrockPS.Core.Models.FoundationModelLifecycle() },
                new BedrockPS.Core.Models.FoundationModelSummary { ModelId = null, ModelLifecycle = new BedrockPS.Core.Models.FoundationModelLifecycle { Status = "LEGACY" } },
            });
            Assert.Null(ModelLifecycleRegistry.Find("test.lifecycle-no-status-v1"));
        }

        [Theory]
        [InlineData("ResourceNotFoundException", "This model version has reached the end of its life. Please refer to the AWS documentation for more details.", true, false)]
        [InlineData("ResourceNotFoundException", "Access denied. This Model is marked by provider as Legacy and you have not been actively using the model in the last 30 days. Please upgrade to an active model on Amazon Bedrock", false, true)]
        [InlineData("ResourceNotFoundException", "Could not resolve the foundation model from the provided model identifier.", false, false)]
        [InlineData("ValidationException", "This model version has reached the end of its life.", false, false)]
        public async Task Lifecycle_refusals_are_told_apart_from_other_not_found_answers(string errorType, string message, bool endOfLife, bool legacyInactive)
        {
            int status = errorType == "ValidationException" ? 400 : 404;
            using var server = new LoopbackServer((request, writer) => writer.SendJsonAsync(status, "{\"message\":\"" + message + "\"}",
                new Dictionary<string, string> { ["X-Amzn-Errortype"] = errorType }));
            using var client = TestClients.Client(server);

            var error = await Assert.ThrowsAsync<BedrockServiceException>(() => client.ConverseAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None));

            Assert.Equal(endOfLife, ModelLifecycleErrors.IsEndOfLife(error));
            Assert.Equal(legacyInactive, ModelLifecycleErrors.IsLegacyInactive(error));
        }
    }
}
