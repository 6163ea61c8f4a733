using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;
using BedrockPS.Core;
using BedrockPS.Emulator;
using BedrockPS.Tests.Cmdlets;
using Xunit;
using Xunit.Abstractions;

namespace BedrockPS.Tests.Reliability
{
    /// <summary>
    /// A thousand CSV rows through Invoke-BedrockConverse -ThrottleLimit 16 while the emulator fails a seeded 20% of
    /// requests with a transient 503 and 2% of the rows name a model that does not exist (a permanent 404).
    /// </summary>
    public class BatchUnderFaultsTests : IDisposable
    {
        private const int Rows = 1000;
        private const int PermanentEvery = 50;   // rows 50, 100, ... : 2%
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "bedrockps-batch-" + Guid.NewGuid().ToString("N"));
        private readonly ITestOutputHelper _output;

        public BatchUnderFaultsTests(ITestOutputHelper output)
        {
            _output = output;
            Directory.CreateDirectory(_folder);
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private string WriteCsv()
        {
            var csv = new StringBuilder("Id,Prompt,ModelId\n");
            for (int id = 1; id <= Rows; id++)
            {
                string model = id % PermanentEvery == 0 ? "anthropic.claude-missing-v9:0" : CmdletRunspace.Model;
                csv.Append(id).Append(",question number ").Append(id).Append(',').Append(model).Append('\n');
            }
            string path = Path.Combine(_folder, "prompts.csv");
            File.WriteAllText(path, csv.ToString());
            return path;
        }

        [Fact]
        public void Every_row_is_accounted_for_exactly_once_in_input_order()
        {
            var faults = new FaultSettings { Kind = FaultKind.ServiceUnavailable, Probability = 0.20, Seed = 9 };
            using var host = new CmdletRunspace(new EmulatorOptions { Faults = faults });
            string csv = WriteCsv();

            ScriptOutcome outcome = host.Run(
                $"Import-Csv -LiteralPath '{csv}' | Invoke-BedrockConverse -ThrottleLimit 16 -Verbose @Connection -ErrorAction Continue 2>&1");

            Assert.Null(outcome.Terminating);
            var ids = new List<int>();
            int permanent = 0, transientLeft = 0, attempts = 0;
            foreach (object? item in outcome.Output)
            {
                if (item is ConverseResult result)
                {
                    int id = IdOf(result.Input);
                    ids.Add(id);
                    Assert.Equal("Echo: question number " + id, result.Text);
                    continue;
                }
                var error = Assert.IsType<ErrorRecord>(item);
                int failedId = IdOf(error.TargetObject);
                ids.Add(failedId);
                var exception = Assert.IsAssignableFrom<BedrockServiceException>(error.Exception);
                attempts += exception.Attempts;
                if (failedId % PermanentEvery == 0 && error.FullyQualifiedErrorId.StartsWith("BedrockPS.ModelNotFound,", StringComparison.Ordinal))
                {
                    permanent++;
                }
                else
                {
                    // A transient fault only surfaces when every attempt of that row hit it (a permanent row too,
                    // when the 503 came on all three attempts before the 404 could).
                    Assert.StartsWith("BedrockPS.ServiceUnavailable,", error.FullyQualifiedErrorId);
                    Assert.Equal(3, exception.Attempts);
                    transientLeft++;
                }
            }

            // Printed for docs/reliability.md.
            _output.WriteLine($"{Rows} rows, {ids.Count} accounted for, {ids.Count - outcome.Output.OfType<ErrorRecord>().Count()} results, " +
                              $"{permanent} permanent errors, {transientLeft} transient errors left after 3 attempts, {host.Emulator.RequestCount} requests");
            Assert.Equal(Enumerable.Range(1, Rows), ids);
            // Every permanent row is an error; nearly all of them show their own cause.
            Assert.All(Enumerable.Range(1, Rows / PermanentEvery).Select(i => i * PermanentEvery),
                id => Assert.DoesNotContain(outcome.Output.OfType<ConverseResult>(), r => IdOf(r.Input) == id));
            Assert.True(permanent >= Rows / PermanentEvery - 5, $"{permanent} rows reported their missing model");
            // 0.2^3 = 0.8% of the rows meet the fault on all three attempts: about 8 expected, 30 is far beyond chance.
            Assert.True(transientLeft <= 30, $"{transientLeft} rows failed three transient attempts in a row");
            Assert.True(host.Emulator.RequestCount > Rows * 1.15, $"{host.Emulator.RequestCount} requests: the transient faults were retried");
            // Every request the emulator answered with success became exactly one result; the failed rows met an error answer on
            // each of their attempts, and the other error answers were absorbed by retries.
            Assert.Equal(outcome.Output.OfType<ConverseResult>().Count(), host.Emulator.RequestCount - host.Emulator.ErrorResponseCount);
            Assert.True(attempts < host.Emulator.ErrorResponseCount, $"{attempts} failed attempts, {host.Emulator.ErrorResponseCount} error answers");
        }

        [Fact]
        public void Rows_refused_locally_keep_their_place_and_send_nothing()
        {
            using var host = new CmdletRunspace();
            string path = Path.Combine(_folder, "mixed.csv");
            File.WriteAllText(path, "Id,Prompt,Temperature\n1,first,0.5\n2,,0.5\n3,third,5\n4,fourth,\n5,   ,\n6,sixth,0\n");

            ScriptOutcome outcome = host.Run(
                $"Import-Csv -LiteralPath '{path}' | Invoke-BedrockConverse -ModelId $Model -ThrottleLimit 4 @Connection -ErrorAction Continue 2>&1");

            var seen = outcome.Output.Select(o => o is ErrorRecord e ? "error " + IdOf(e.TargetObject) : "result " + IdOf(((ConverseResult)o!).Input)).ToList();
            Assert.Equal(new[] { "result 1", "error 2", "error 3", "result 4", "error 5", "result 6" }, seen);
            Assert.All(outcome.Output.OfType<ErrorRecord>(), e => Assert.StartsWith("BedrockPS.InvalidInput,", e.FullyQualifiedErrorId));
            Assert.Equal(3, host.Emulator.RequestCount);
        }

        private static int IdOf(object? row)
        {
            var psObject = Assert.IsType<PSObject>(row);
            return int.Parse((string)psObject.Properties["Id"].Value, CultureInfo.InvariantCulture);
        }
    }
}
