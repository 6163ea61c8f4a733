using System.Linq;
using System.Management.Automation;
using BedrockPS.Core;
using BedrockPS.Emulator;
using BedrockPS.Tests.Cmdlets;
using Xunit;

namespace BedrockPS.Tests.Reliability
{
    /// <summary>
    /// Retries live in one place, the transport: -MaxAttempts is the cap on requests per row, in a CSV batch as in a
    /// single call, however many other rows get through. Needs Set-BedrockConfiguration, hence the process-wide collection.
    /// </summary>
    [Collection(ProcessWideConfiguration.Name)]
    public class RetryCapTests
    {
        [Fact]
        public void A_batch_row_is_sent_at_most_MaxAttempts_times_while_other_rows_get_through()
        {
            using var host = new CmdletRunspace(new EmulatorOptions
            {
                Faults = new FaultSettings { Kind = FaultKind.Throttling, Probability = 0.5, Seed = 11 },
            });
            host.Run("Set-BedrockConfiguration -MaxAttempts 2");
            try
            {
                using PowerShell ps = host.Create(
                    "1..60 | ForEach-Object { \"question $_\" } | Invoke-BedrockConverse -ModelId $Model -ThrottleLimit 8 @Connection -ErrorAction Continue");

                var answers = ps.Invoke();
                var errors = ps.Streams.Error.ToList();

                Assert.Equal(60, answers.Count + errors.Count);
                Assert.NotEmpty(answers);
                Assert.NotEmpty(errors);
                Assert.All(errors, e => Assert.Equal("BedrockPS.Throttling", e.FullyQualifiedErrorId.Split(',')[0]));
                Assert.All(errors, e => Assert.InRange(((BedrockServiceException)e.Exception).Attempts, 1, 2));
                Assert.InRange(host.Emulator.RequestCount, 60, 60 * 2);
            }
            finally
            {
                host.Run("Set-BedrockConfiguration -Reset");
            }
        }

        [Fact]
        public void The_effective_cap_is_readable_and_follows_what_the_user_set()
        {
            using var host = new CmdletRunspace(new EmulatorOptions());
            try
            {
                host.Run("Set-BedrockConfiguration -MaxAttempts 5");
                using PowerShell ps = host.Create("(Get-BedrockConfiguration).MaxAttempts");
                Assert.Equal(5, (int)ps.Invoke().Single().BaseObject);
            }
            finally
            {
                host.Run("Set-BedrockConfiguration -Reset");
            }
        }
    }
}
