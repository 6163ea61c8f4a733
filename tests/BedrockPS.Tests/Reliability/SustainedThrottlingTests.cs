using System.Linq;
using System.Management.Automation;
using BedrockPS.Emulator;
using BedrockPS.Tests.Cmdlets;
using Xunit;

namespace BedrockPS.Tests.Reliability
{
    /// <summary>
    /// A batch that offers far more requests than the quota allows, for long enough that backoff alone cannot
    /// absorb it: the default (adaptive) retry mode slows every row of the batch down together, so each row
    /// stays within its attempts; the standard mode, which has no client-side rate limiter, loses rows.
    /// </summary>
    public class SustainedThrottlingTests
    {
        private const int Rows = 150;
        private const string Batch =
            "1..150 | ForEach-Object { \"sustained $_\" } | Invoke-BedrockConverse -ModelId $Model -ThrottleLimit 16 @Connection -ErrorAction SilentlyContinue -ErrorVariable rowErrors; $rowErrors";

        private static CmdletRunspace QuotaOf20PerSecond() =>
            new CmdletRunspace(new EmulatorOptions { Faults = new FaultSettings { ThrottleAboveRequestsPerSecond = 20 } });

        [Fact]
        public void Default_settings_answer_every_row_within_its_attempts()
        {
            using CmdletRunspace host = QuotaOf20PerSecond();

            ScriptOutcome outcome = host.Run(Batch);

            Assert.Null(outcome.Terminating);
            var results = outcome.Output.OfType<ConverseResult>().ToList();
            Assert.Empty(outcome.Output.OfType<ErrorRecord>());
            Assert.Equal(Rows, results.Count);
            Assert.Equal(Enumerable.Range(1, Rows).Select(i => "Echo: sustained " + i), results.Select(r => r.Text));
            Assert.True(host.Emulator.ErrorResponseCount > 0, "the quota throttled the batch, so the rate limiter had work to do");
            Assert.InRange(host.Emulator.RequestCount, Rows + 1, Rows * 3);
        }

        [Fact]
        public void Standard_mode_has_no_rate_limiter_and_loses_rows_to_the_same_quota()
        {
            using CmdletRunspace host = QuotaOf20PerSecond();

            ScriptOutcome outcome = host.Run("Set-BedrockConfiguration -RetryMode standard; " + Batch);

            Assert.Null(outcome.Terminating);
            var errors = outcome.Output.OfType<ErrorRecord>().ToList();
            Assert.NotEmpty(errors);
            Assert.All(errors, e => Assert.StartsWith("BedrockPS.Throttling,", e.FullyQualifiedErrorId));
            Assert.Equal(Rows, errors.Count + outcome.Output.OfType<ConverseResult>().Count());
        }
    }
}
