using System;
using System.Linq;
using System.Threading.Tasks;
using BedrockPS.Usage;
using Xunit;

namespace BedrockPS.Tests.Usage
{
    public class UsageTallyTests
    {
        [Fact]
        public void Records_add_up_per_model()
        {
            string model = "tally-model-" + Guid.NewGuid();
            UsageTally.Record(model, 10, 5, 1, 2);
            UsageTally.Record(model, 30, 7, 0, 0);

            ModelUsage usage = UsageTally.Snapshot().Single(u => u.ModelId == model);

            Assert.Equal(2, usage.Calls);
            Assert.Equal(40, usage.InputTokens);
            Assert.Equal(12, usage.OutputTokens);
            Assert.Equal(52, usage.TotalTokens);
            Assert.Equal(1, usage.CacheReadInputTokens);
            Assert.Equal(2, usage.CacheWriteInputTokens);
        }

        [Fact]
        public void A_snapshot_is_a_copy_that_later_records_do_not_change()
        {
            string model = "tally-copy-" + Guid.NewGuid();
            UsageTally.Record(model, 1, 1, 0, 0);
            ModelUsage before = UsageTally.Snapshot().Single(u => u.ModelId == model);

            UsageTally.Record(model, 100, 100, 0, 0);

            Assert.Equal(1, before.InputTokens);
            Assert.Equal(101, UsageTally.Snapshot().Single(u => u.ModelId == model).InputTokens);
        }

        [Fact]
        public void Concurrent_records_lose_nothing()
        {
            string model = "tally-concurrent-" + Guid.NewGuid();
            Parallel.For(0, 10_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            {
                UsageTally.Record(model, 3, 2, 1, 0);
                Assert.NotNull(UsageTally.Snapshot());
            });

            ModelUsage usage = UsageTally.Snapshot().Single(u => u.ModelId == model);

            Assert.Equal(10_000, usage.Calls);
            Assert.Equal(30_000, usage.InputTokens);
            Assert.Equal(20_000, usage.OutputTokens);
            Assert.Equal(10_000, usage.CacheReadInputTokens);
        }

        [Fact]
        public void Several_calls_can_be_recorded_at_once()
        {
            string model = "tally-rounds-" + Guid.NewGuid();
            UsageTally.Record(model, 50, 20, 0, 0, calls: 3);

            Assert.Equal(3, UsageTally.Snapshot().Single(u => u.ModelId == model).Calls);
        }

        [Fact]
        public void Negative_counts_and_missing_model_ids_are_refused()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => UsageTally.Record("m", -1, 0, 0, 0));
            Assert.Throws<ArgumentException>(() => UsageTally.Record("", 1, 0, 0, 0));
        }
    }
}
