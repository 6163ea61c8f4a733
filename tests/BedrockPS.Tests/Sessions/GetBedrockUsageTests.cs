using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using BedrockPS.Tests.Cmdlets;
using BedrockPS.Usage;
using Xunit;

namespace BedrockPS.Tests.Sessions
{
    public class GetBedrockUsageTests
    {
        private static string UniqueModel() => "usage-test." + Guid.NewGuid().ToString("N");

        [Fact]
        public void Usage_lists_calls_and_tokens_without_cost_when_no_prices_are_given()
        {
            string model = UniqueModel();
            UsageTally.Record(model, 1000, 500, 100, 50);
            UsageTally.Record(model, 1000, 500, 0, 0);
            using var powerShell = CmdletRunspace.WithoutEmulator();

            var usage = powerShell.Run($"Get-BedrockUsage -ModelId {model}").Single<UsageRecord>();

            Assert.Equal(2, usage.Calls);
            Assert.Equal(2000, usage.InputTokens);
            Assert.Equal(1000, usage.OutputTokens);
            Assert.Equal(3000, usage.TotalTokens);
            Assert.Equal(100, usage.CacheReadInputTokens);
            Assert.Equal(50, usage.CacheWriteInputTokens);
            Assert.Null(usage.EstimatedCost);
        }

        [Fact]
        public void Prices_per_1K_from_a_hashtable_give_a_cost()
        {
            string model = UniqueModel();
            UsageTally.Record(model, 2000, 1000, 0, 0);
            using var powerShell = CmdletRunspace.WithoutEmulator();

            var usage = powerShell.Run($"Get-BedrockUsage -ModelId {model} -PriceTable @{{ '{model}' = @{{ InputPer1K = 0.003; OutputPer1K = 0.015 }} }}").Single<UsageRecord>();

            Assert.Equal(0.006m + 0.015m, usage.EstimatedCost);
        }

        [Fact]
        public void Prices_per_1M_from_a_csv_file_and_wildcards_give_a_cost()
        {
            string model = UniqueModel();
            UsageTally.Record(model, 1_000_000, 2_000_000, 1_000_000, 0);
            string csv = Path.Combine(Path.GetTempPath(), "prices-" + Guid.NewGuid().ToString("N") + ".csv");
            File.WriteAllText(csv, "ModelId,InputPer1M,OutputPer1M,CacheReadPer1M\nusage-test.*,3,15,0.3\nother,1,1,\n");
            try
            {
                using var powerShell = CmdletRunspace.WithoutEmulator();

                var usage = powerShell.Run($"Get-BedrockUsage -ModelId {model} -PriceTable '{csv}'").Single<UsageRecord>();

                Assert.Equal(3m + 30m + 0.3m, usage.EstimatedCost);
            }
            finally
            {
                File.Delete(csv);
            }
        }

        [Fact]
        public void A_model_missing_from_the_price_table_has_no_cost()
        {
            string model = UniqueModel();
            UsageTally.Record(model, 10, 10, 0, 0);
            using var powerShell = CmdletRunspace.WithoutEmulator();

            var usage = powerShell.Run($"Get-BedrockUsage -ModelId {model} -PriceTable @{{ 'another-model' = @{{ InputPer1K = 1; OutputPer1K = 1 }} }}").Single<UsageRecord>();

            Assert.Null(usage.EstimatedCost);
        }

        [Theory]
        [InlineData("@{ 'm' = @{ InputPer1K = 1 } }")]
        [InlineData("@{ 'm' = @{ InputPer1K = 'cheap'; OutputPer1K = 1 } }")]
        [InlineData("@{ 'm' = @{ InputPer1K = -1; OutputPer1K = 1 } }")]
        public void A_bad_price_table_is_refused(string table)
        {
            using var powerShell = CmdletRunspace.WithoutEmulator();

            var result = powerShell.Run("try { Get-BedrockUsage -PriceTable " + table + " } catch { $_ }");

            Assert.StartsWith("BedrockPS.InvalidInput,", result.Single<ErrorRecord>().FullyQualifiedErrorId);
        }

        [Fact]
        public void A_chat_is_tallied_per_model()
        {
            var host = new ScriptedHost("one", "two");
            using var powerShell = new CmdletRunspace(host: host);
            powerShell.UseApiKeyConnection();
            const string model = "amazon.nova-micro-v1:0";
            long before = UsageTally.Snapshot().FirstOrDefault(u => u.ModelId == model)?.Calls ?? 0;

            var result = powerShell.Run($"Enter-BedrockChat -ModelId {model} @Connection; Get-BedrockUsage {model}");
            Assert.Null(result.Terminating);

            UsageRecord usage = result.Single<UsageRecord>();
            Assert.True(usage.Calls >= before + 2);
            Assert.True(usage.InputTokens > 0);
        }
    }
}
