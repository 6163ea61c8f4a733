using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using BedrockPS.Emulator;
using Xunit;

namespace BedrockPS.Tests.Cmdlets
{
    public class ConverseBatchTests
    {
        [Fact]
        public void Progress_shows_rows_done_and_the_total_once_known()
        {
            using var host = new CmdletRunspace();
            using PowerShell ps = host.Create("1..10 | ForEach-Object { \"question $_\" } | Invoke-BedrockConverse -ModelId $Model -ThrottleLimit 3 @Connection");

            var output = ps.Invoke();

            Assert.Equal(10, output.Count);
            var progress = ps.Streams.Progress.ToList();
            Assert.Contains(progress, p => p.StatusDescription == "10 of 10 rows done" && p.PercentComplete == 100);
            Assert.Contains(progress, p => p.StatusDescription.EndsWith("in flight", StringComparison.Ordinal));
            Assert.Equal(ProgressRecordType.Completed, progress.Last().RecordType);
        }

        [Fact]
        public void Results_are_written_while_later_rows_are_still_arriving()
        {
            using var host = new CmdletRunspace(new EmulatorOptions { Latency = TimeSpan.FromMilliseconds(50) });
            using PowerShell ps = host.Create(
                "$log = [System.Collections.Generic.List[string]]::new(); " +
                "1..12 | ForEach-Object { $log.Add(\"row $_\"); \"q$_\" } | Invoke-BedrockConverse -ModelId $Model -ThrottleLimit 2 @Connection | ForEach-Object { $log.Add(\"result $($_.Text)\") }; " +
                "$log");

            List<string> log = ps.Invoke().Select(o => (string)o.BaseObject).ToList();

            Assert.Empty(ps.Streams.Error);
            Assert.True(log.IndexOf("result Echo: q1") < log.IndexOf("row 12"), string.Join(", ", log));
            var results = log.Where(l => l.StartsWith("result ", StringComparison.Ordinal)).ToList();
            Assert.Equal(Enumerable.Range(1, 12).Select(i => "result Echo: q" + i), results);
        }

        [Fact]
        public void A_refused_row_keeps_its_place_among_the_results()
        {
            using var host = new CmdletRunspace();
            using PowerShell ps = host.Create(
                "'first', ' ', 'third' | Invoke-BedrockConverse -ModelId $Model -ThrottleLimit 4 @Connection -ErrorAction Continue 2>&1 | " +
                "ForEach-Object { if ($_ -is [System.Management.Automation.ErrorRecord]) { 'error:' + $_.TargetObject } else { $_.Text } }");

            var lines = ps.Invoke().Select(o => o.BaseObject.ToString()).ToList();

            Assert.Equal(new[] { "Echo: first", "error: ", "Echo: third" }, lines);
        }

        [Fact]
        public void Csv_rows_bind_parameters_by_column_name_and_empty_cells_mean_not_set()
        {
            using var host = new CmdletRunspace();
            using PowerShell ps = host.Create(
                "@([pscustomobject]@{ Prompt = 'one two three'; MaxTokens = '2'; StopSequence = ''; Temperature = ''; ModelId = $Model }, " +
                "  [pscustomobject]@{ Prompt = 'alpha STOP beta'; MaxTokens = ''; StopSequence = 'STOP'; Temperature = '0.5'; ModelId = '' }) | " +
                "ConvertTo-Csv | ConvertFrom-Csv | Invoke-BedrockConverse -ThrottleLimit 2 -ModelId $Model @Connection");

            var results = ps.Invoke().Select(o => (ConverseResult)o.BaseObject).ToList();

            Assert.Empty(ps.Streams.Error);
            Assert.Equal("max_tokens", results[0].StopReason);
            Assert.Equal("stop_sequence", results[1].StopReason);
            Assert.Equal("one two three", ((PSObject)results[0].Input!).Properties["Prompt"].Value);
        }
    }
}
