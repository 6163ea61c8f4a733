using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BedrockPS.Emulator.Caching;
using BedrockPS.Emulator.Tests.Support;
using Xunit;

namespace BedrockPS.Emulator.Tests.Caching
{
    /// <summary>Prompt caching: writes, reads within the TTL on the emulator clock, model minimums, and the service's refusals.</summary>
    public sealed class PromptCacheTests : IDisposable
    {
        private const string Haiku45 = "us.anthropic.claude-haiku-4-5-20251001-v1:0";
        private const string NovaLite = "amazon.nova-lite-v1:0";
        private readonly BedrockEmulator _emulator;
        private readonly EmulatorClient _client;
        private DateTimeOffset _now = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

        public PromptCacheTests()
        {
            _emulator = BedrockEmulator.Start(new EmulatorOptions { Clock = () => _now });
            _client = new EmulatorClient(_emulator);
        }

        private static string Words(int count, string stem = "w") => string.Join(" ", Enumerable.Range(0, count).Select(i => stem + i));

        private static string CachedSystem(int words, string ttl = "", string prompt = "hi") =>
            "{\"system\":[{\"text\":\"" + Words(words) + "\"},{\"cachePoint\":{\"type\":\"default\"" + (ttl.Length > 0 ? ",\"ttl\":\"" + ttl + "\"" : "") + "}}],"
            + "\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"" + prompt + "\"}]}]}";

        private Task<JsonObject> UsageAsync(string model, string body) => UsageOf(_client.PostJsonAsync(EmulatorClient.ModelPath(model, "converse"), body));

        private static async Task<JsonObject> UsageOf(Task<JsonObject> response) => (await response)["usage"]!.AsObject();

        private static (int Input, int Read, int Write, int Total) Numbers(JsonObject usage) => (usage["inputTokens"]!.GetValue<int>(),
            usage["cacheReadInputTokens"]!.GetValue<int>(), usage["cacheWriteInputTokens"]!.GetValue<int>(), usage["totalTokens"]!.GetValue<int>());

        [Fact]
        public async Task The_first_request_writes_the_prefix_and_an_identical_one_reads_it()
        {
            var first = await UsageAsync(Haiku45, CachedSystem(5000));
            Assert.Equal((1, 0, 5000, 1 + 5000 + first["outputTokens"]!.GetValue<int>()), Numbers(first));
            Assert.Equal("[{\"ttl\":\"5m\",\"inputTokens\":5000}]", first["cacheDetails"]!.ToJsonString());

            var second = await UsageAsync(Haiku45, CachedSystem(5000, prompt: "another question"));
            Assert.Equal((2, 5000, 0, 2 + 5000 + second["outputTokens"]!.GetValue<int>()), Numbers(second));
            Assert.Null(second["cacheDetails"]);
        }

        [Fact]
        public async Task A_prefix_below_the_model_minimum_is_not_cached()
        {
            // Claude Haiku 4.5 caches from 4,096 tokens; Nova from 1,000.
            Assert.Equal((4001, 0, 0), Trim(Numbers(await UsageAsync(Haiku45, CachedSystem(4000)))));
            Assert.Equal((4001, 0, 0), Trim(Numbers(await UsageAsync(Haiku45, CachedSystem(4000)))));
            Assert.Equal((1, 0, 1200), Trim(Numbers(await UsageAsync(NovaLite, CachedSystem(1200)))));
        }

        private static (int, int, int) Trim((int Input, int Read, int Write, int Total) n) => (n.Input, n.Read, n.Write);

        [Fact]
        public async Task The_default_ttl_ends_after_five_minutes_on_the_emulator_clock_and_each_read_restarts_it()
        {
            await UsageAsync(Haiku45, CachedSystem(4100));
            _now += TimeSpan.FromMinutes(4);
            Assert.Equal(4100, Numbers(await UsageAsync(Haiku45, CachedSystem(4100))).Read);
            _now += TimeSpan.FromMinutes(4);
            Assert.Equal(4100, Numbers(await UsageAsync(Haiku45, CachedSystem(4100))).Read);
            _now += TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1);
            Assert.Equal((1, 0, 4100), Trim(Numbers(await UsageAsync(Haiku45, CachedSystem(4100)))));
        }

        [Fact]
        public async Task A_one_hour_ttl_outlives_five_minutes_and_is_reported_in_cache_details()
        {
            var first = await UsageAsync(Haiku45, CachedSystem(4100, "1h"));
            Assert.Equal("[{\"ttl\":\"1h\",\"inputTokens\":4100}]", first["cacheDetails"]!.ToJsonString());
            _now += TimeSpan.FromMinutes(59);
            Assert.Equal(4100, Numbers(await UsageAsync(Haiku45, CachedSystem(4100, "1h"))).Read);
            _now += TimeSpan.FromMinutes(61);
            Assert.Equal(4100, Numbers(await UsageAsync(Haiku45, CachedSystem(4100, "1h"))).Write);
        }

        [Fact]
        public async Task A_changed_prefix_or_another_model_misses_the_cache()
        {
            await UsageAsync(Haiku45, CachedSystem(4100));
            Assert.Equal(0, Numbers(await UsageAsync(Haiku45, CachedSystem(4101))).Read);
            Assert.Equal((1, 0, 4100), Trim(Numbers(await UsageAsync("us.anthropic.claude-sonnet-4-5-20250929-v1:0", CachedSystem(4100)))));
        }

        [Fact]
        public async Task Tool_system_and_message_checkpoints_read_the_longest_cached_prefix_and_write_the_rest()
        {
            string tools = "\"toolConfig\":{\"tools\":[{\"toolSpec\":{\"name\":\"lookup\",\"description\":\"" + Words(4200, "d") + "\",\"inputSchema\":{\"json\":{\"type\":\"object\"}}}},{\"cachePoint\":{\"type\":\"default\"}}]}";
            string Body(string question) => "{" + tools + ",\"system\":[{\"text\":\"" + Words(300, "s") + "\"},{\"cachePoint\":{\"type\":\"default\"}}],"
                + "\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"" + Words(50, "m") + "\"},{\"cachePoint\":{\"type\":\"default\"}},{\"text\":\"" + question + "\"}]}]}";
            int toolTokens = 1 + 4200 + 1; // name, description words, the schema JSON (one word: it has no spaces)

            var first = await UsageAsync(Haiku45, Body("q1"));
            Assert.Equal((1, 0, toolTokens + 300 + 50), Trim(Numbers(first)));

            var second = await UsageAsync(Haiku45, Body("q2"));
            Assert.Equal((1, toolTokens + 300 + 50, 0), Trim(Numbers(second)));

            // A new last message block: the system checkpoint still reads, the new message prefix is written.
            var third = await UsageAsync(Haiku45, "{" + tools + ",\"system\":[{\"text\":\"" + Words(300, "s") + "\"},{\"cachePoint\":{\"type\":\"default\"}}],"
                + "\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"" + Words(60, "x") + "\"},{\"cachePoint\":{\"type\":\"default\"}}]}]}");
            Assert.Equal((0, toolTokens + 300, 60), Trim(Numbers(third)));
        }

        [Fact]
        public async Task The_stream_metadata_event_carries_the_cache_usage()
        {
            await UsageAsync(Haiku45, CachedSystem(4100));
            var call = await StreamCall.RunAsync(_client, EmulatorClient.ModelPath(Haiku45, "converse-stream"), CachedSystem(4100));
            var usage = call.Events("metadata").Single().Json["usage"]!.AsObject();
            Assert.Equal((1, 4100, 0), Trim(Numbers(usage)));
        }

        [Fact]
        public async Task Concurrent_identical_requests_write_once_and_read_the_rest()
        {
            var usages = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => UsageAsync(Haiku45, CachedSystem(4100))));
            Assert.Equal(1, usages.Count(u => Numbers(u).Write == 4100));
            Assert.Equal(11, usages.Count(u => Numbers(u).Read == 4100));
        }

        [Theory]
        [InlineData("mistral.mistral-large-2407-v1:0", "{\"system\":[{\"text\":\"s\"},{\"cachePoint\":{\"type\":\"default\"}}],\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"hi\"}]}]}")]
        [InlineData(NovaLite, "{\"toolConfig\":{\"tools\":[{\"toolSpec\":{\"name\":\"t\",\"inputSchema\":{\"json\":{}}}},{\"cachePoint\":{\"type\":\"default\"}}]},\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"hi\"}]}]}")]
        public async Task Cache_points_a_model_does_not_take_are_refused_as_the_service_does(string model, string body)
        {
            using var response = await _client.PostAsync(EmulatorClient.ModelPath(model, "converse"), body);
            Assert.Equal("You invoked an unsupported model or your request did not allow prompt caching. See the documentation for more information.",
                await ErrorAssert.IsAsync(response, 403, "AccessDeniedException"));
        }

        [Fact]
        public async Task A_one_hour_ttl_on_a_five_minute_model_and_an_unknown_ttl_are_validation_errors()
        {
            using var nova = await _client.PostAsync(EmulatorClient.ModelPath(NovaLite, "converse"), CachedSystem(10, "1h"));
            Assert.Equal("This model doesn't support the cachePoint.ttl field. Remove cachePoint.ttl and try again.", await ErrorAssert.IsAsync(nova, 400, "ValidationException"));
            using var unknown = await _client.PostAsync(EmulatorClient.ModelPath(Haiku45, "converse"), CachedSystem(10, "2h"));
            Assert.Equal("1 validation error detected: Value '2h' at 'system.2.member.cachePoint.ttl' failed to satisfy constraint: Member must satisfy enum value set: [5m, 1h]",
                await ErrorAssert.IsAsync(unknown, 400, "ValidationException"));
        }

        [Fact]
        public void The_cache_keeps_at_most_its_capacity_of_prefix_hashes()
        {
            var cache = new PromptCache(() => _now);
            for (int i = 0; i < PromptCache.Capacity + 500; i++)
            {
                var written = cache.Apply("m", new[] { new CacheCheckpoint("system", "hash" + i, 2000, "5m") }, 1000);
                Assert.Equal(2000, written.WriteTokens);
            }
            Assert.Equal(PromptCache.Capacity, cache.Count);
            // The newest entries survive; the oldest were evicted first.
            Assert.Equal(2000, cache.Apply("m", new[] { new CacheCheckpoint("system", "hash" + (PromptCache.Capacity + 499), 2000, "5m") }, 1000).ReadTokens);
        }

        public void Dispose()
        {
            _client.Dispose();
            _emulator.Dispose();
        }
    }
}
