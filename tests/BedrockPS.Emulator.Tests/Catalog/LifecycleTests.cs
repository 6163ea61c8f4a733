using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BedrockPS.Emulator.Tests.Support;
using Xunit;

namespace BedrockPS.Emulator.Tests.Catalog
{
    /// <summary>
    /// Model lifecycle as the service gives it: modelLifecycle dates in the catalog, retired models gone from the list
    /// and answered 404 "end of its life" everywhere, and Legacy models refused to an account that stopped using them.
    /// </summary>
    public sealed class LifecycleTests
    {
        private const string EndOfLife = "This model version has reached the end of its life. Please refer to the AWS documentation for more details.";
        private const string LegacyInactive = "Access denied. This Model is marked by provider as Legacy and you have not been actively using the model in the last 30 days. Please upgrade to an active model on Amazon Bedrock";
        private const string ClaudeThreeHaiku = "anthropic.claude-3-haiku-20240307-v1:0";
        private const string TitanExpress = "amazon.titan-text-express-v1";
        private static readonly DateTimeOffset Today = new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

        private static (BedrockEmulator Emulator, EmulatorClient Client) Start(DateTimeOffset date, params string[] inactiveLegacy)
        {
            var options = new EmulatorOptions { LifecycleDate = date };
            foreach (string id in inactiveLegacy) options.InactiveLegacyModels.Add(id);
            var emulator = BedrockEmulator.Start(options);
            return (emulator, new EmulatorClient(emulator));
        }

        [Fact]
        public async Task Legacy_models_carry_every_lifecycle_date_and_active_ones_only_their_start()
        {
            var (emulator, client) = Start(Today);
            using (emulator)
            using (client)
            {
                var models = (await client.GetJsonAsync("/foundation-models"))["modelSummaries"]!.AsArray();
                var titan = models.Single(m => m!["modelId"]!.GetValue<string>() == TitanExpress)!["modelLifecycle"]!;
                Assert.Equal("LEGACY", titan["status"]!.GetValue<string>());
                Assert.Equal("2023-11-29T00:00:00Z", titan["startOfLifeTime"]!.GetValue<string>());
                Assert.Equal("2026-06-01T00:00:00Z", titan["legacyTime"]!.GetValue<string>());
                Assert.Equal("2026-09-01T00:00:00Z", titan["publicExtendedAccessTime"]!.GetValue<string>());
                Assert.Equal("2027-03-01T00:00:00Z", titan["endOfLifeTime"]!.GetValue<string>());

                var haiku = models.Single(m => m!["modelId"]!.GetValue<string>() == "anthropic.claude-haiku-4-5-20251001-v1:0")!["modelLifecycle"]!.AsObject();
                Assert.Equal("ACTIVE", haiku["status"]!.GetValue<string>());
                Assert.Equal(new[] { "status", "startOfLifeTime" }, haiku.Select(p => p.Key).ToArray());
            }
        }

        [Fact]
        public async Task Retired_models_are_gone_from_the_list_and_their_details_answer_end_of_life()
        {
            var (emulator, client) = Start(Today);
            using (emulator)
            using (client)
            {
                var ids = (await client.GetJsonAsync("/foundation-models"))["modelSummaries"]!.AsArray().Select(m => m!["modelId"]!.GetValue<string>()).ToList();
                Assert.DoesNotContain(ClaudeThreeHaiku, ids);
                Assert.DoesNotContain("anthropic.claude-3-7-sonnet-20250219-v1:0", ids);
                Assert.Contains("anthropic.claude-sonnet-4-5-20250929-v1:0", ids);

                using var details = await client.GetAsync("/foundation-models/" + Uri.EscapeDataString(ClaudeThreeHaiku));
                Assert.Equal(EndOfLife, await ErrorAssert.IsAsync(details, 404, "ResourceNotFoundException"));
            }
        }

        [Theory]
        [InlineData(ClaudeThreeHaiku, "converse")]
        [InlineData("us.anthropic.claude-3-haiku-20240307-v1:0", "converse-stream")]
        [InlineData("arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0", "invoke")]
        [InlineData("anthropic.claude-3-5-sonnet-20241022-v2:0", "invoke-with-response-stream")]
        [InlineData("anthropic.claude-3-7-sonnet-20250219-v1:0", "count-tokens")]
        public async Task Every_runtime_call_to_a_retired_model_answers_end_of_life(string modelId, string operation)
        {
            var (emulator, client) = Start(Today);
            using (emulator)
            using (client)
            {
                using var response = await client.PostAsync(EmulatorClient.ModelPath(modelId, operation), BodyFor(operation));
                Assert.Equal(EndOfLife, await ErrorAssert.IsAsync(response, 404, "ResourceNotFoundException"));
            }
        }

        [Fact]
        public async Task A_model_works_until_its_end_of_life_and_is_retired_from_that_moment()
        {
            var (before, beforeClient) = Start(new DateTimeOffset(2026, 9, 9, 23, 59, 0, TimeSpan.Zero));
            using (before)
            using (beforeClient)
            {
                var answer = await beforeClient.PostJsonAsync(EmulatorClient.ModelPath(ClaudeThreeHaiku, "converse"), EmulatorClient.UserMessage("still here"));
                Assert.Equal("Echo: still here", answer["output"]!["message"]!["content"]![0]!["text"]!.GetValue<string>());
                var details = await beforeClient.GetJsonAsync("/foundation-models/" + Uri.EscapeDataString(ClaudeThreeHaiku));
                Assert.Equal("LEGACY", details["modelDetails"]!["modelLifecycle"]!["status"]!.GetValue<string>());
                Assert.Equal("2026-09-10T00:00:00Z", details["modelDetails"]!["modelLifecycle"]!["endOfLifeTime"]!.GetValue<string>());
            }

            var (after, afterClient) = Start(new DateTimeOffset(2026, 9, 10, 0, 0, 0, TimeSpan.Zero));
            using (after)
            using (afterClient)
            {
                using var response = await afterClient.PostAsync(EmulatorClient.ModelPath(ClaudeThreeHaiku, "converse"), EmulatorClient.UserMessage("gone"));
                Assert.Equal(EndOfLife, await ErrorAssert.IsAsync(response, 404, "ResourceNotFoundException"));
            }
        }

        [Fact]
        public async Task Before_its_legacy_date_a_model_is_active_without_announced_dates()
        {
            var (emulator, client) = Start(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero));
            using (emulator)
            using (client)
            {
                var details = await client.GetJsonAsync("/foundation-models/" + Uri.EscapeDataString(ClaudeThreeHaiku));
                var lifecycle = details["modelDetails"]!["modelLifecycle"]!.AsObject();
                Assert.Equal("ACTIVE", lifecycle["status"]!.GetValue<string>());
                Assert.False(lifecycle.ContainsKey("endOfLifeTime"));
            }
        }

        [Theory]
        [InlineData("converse")]
        [InlineData("invoke")]
        [InlineData("count-tokens")]
        public async Task An_account_that_stopped_using_a_legacy_model_is_refused_it(string operation)
        {
            var (emulator, client) = Start(Today, TitanExpress);
            using (emulator)
            using (client)
            {
                using var refused = await client.PostAsync(EmulatorClient.ModelPath(TitanExpress, operation), BodyFor(operation));
                Assert.Equal(LegacyInactive, await ErrorAssert.IsAsync(refused, 404, "ResourceNotFoundException"));

                // Only that model: another Legacy model and the catalog entry itself still answer.
                using var other = await client.PostAsync(EmulatorClient.ModelPath("amazon.titan-text-lite-v1", "converse"), EmulatorClient.UserMessage("hi"));
                Assert.Equal(200, (int)other.StatusCode);
                var details = await client.GetJsonAsync("/foundation-models/" + TitanExpress);
                Assert.Equal("LEGACY", details["modelDetails"]!["modelLifecycle"]!["status"]!.GetValue<string>());
            }
        }

        [Fact]
        public async Task A_star_marks_every_legacy_model_inactive_but_never_an_active_one()
        {
            var (emulator, client) = Start(Today, "*");
            using (emulator)
            using (client)
            {
                using var legacy = await client.PostAsync(EmulatorClient.ModelPath("meta.llama3-8b-instruct-v1:0", "invoke"), "{\"prompt\":\"hi\"}");
                Assert.Equal(LegacyInactive, await ErrorAssert.IsAsync(legacy, 404, "ResourceNotFoundException"));
                using var active = await client.PostAsync(EmulatorClient.ModelPath("us.anthropic.claude-haiku-4-5-20251001-v1:0", "converse"), EmulatorClient.UserMessage("hi"));
                Assert.Equal(200, (int)active.StatusCode);
            }
        }

        private static string BodyFor(string operation)
        {
            switch (operation)
            {
                case "invoke":
                case "invoke-with-response-stream":
                    return "{\"anthropic_version\":\"bedrock-2023-05-31\",\"max_tokens\":20,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"inputText\":\"hi\"}";
                case "count-tokens":
                    return "{\"input\":{\"converse\":{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"hi\"}]}]}}}";
                default:
                    return EmulatorClient.UserMessage("hi");
            }
        }
    }
}
