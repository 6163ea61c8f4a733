using System;
using System.Linq;
using System.Management.Automation;
using Xunit;

namespace BedrockPS.Tests.Cmdlets
{
    /// <summary>What Invoke-BedrockConverse promises about -WhatIf, sessions in batches and the objects it hands out.</summary>
    public class ConverseContractTests
    {
        [Fact]
        public void WhatIf_sends_nothing_and_writes_nothing_for_any_paid_call()
        {
            using var host = new CmdletRunspace();
            using PowerShell ps = host.Create(
                "Invoke-BedrockConverse 'hello there' -ModelId $Model @Connection -WhatIf; " +
                "'one', 'two' | Invoke-BedrockConverse -ModelId $Model -ThrottleLimit 2 @Connection -WhatIf; " +
                "Invoke-BedrockModel -ModelId $Model -Body @{ anthropic_version = 'bedrock-2023-05-31'; max_tokens = 10; messages = @(@{ role = 'user'; content = 'hi' }) } @Connection -WhatIf; " +
                "Invoke-BedrockGuardrail -GuardrailIdentifier gr1abc2def3 -GuardrailVersion DRAFT -Text 'hello' @Connection -WhatIf");

            var output = ps.Invoke();

            Assert.Empty(output);
            Assert.Empty(ps.Streams.Error);
            Assert.Equal(0, host.Emulator.RequestCount);
        }

        [Fact]
        public void Turns_of_one_session_run_in_input_order_each_seeing_the_ones_before_even_with_a_throttle_limit()
        {
            using var host = new CmdletRunspace(new BedrockPS.Emulator.EmulatorOptions { Latency = TimeSpan.FromMilliseconds(20) });
            using PowerShell ps = host.Create(
                "$s = New-BedrockSession -ModelId $Model; " +
                "$results = 'one', 'two', 'three', 'four' | Invoke-BedrockConverse -Session $s -ThrottleLimit 4 @Connection; " +
                "[pscustomobject]@{ Prompts = [string[]]@($s.Messages | Where-Object Role -eq 'user' | ForEach-Object { $_.Content[0].Text }); " +
                "InputTokens = [int[]]@($results | ForEach-Object InputTokens); Turns = $s.Turns }");

            PSObject summary = ps.Invoke().Single();

            Assert.Empty(ps.Streams.Error);
            Assert.Equal(new[] { "one", "two", "three", "four" }, (string[])summary.Properties["Prompts"].Value);
            Assert.Equal(4, (int)summary.Properties["Turns"].Value);
            // Each turn sends the whole history before it, so each is billed more input than the one before.
            int[] input = (int[])summary.Properties["InputTokens"].Value;
            for (int i = 1; i < input.Length; i++) Assert.True(input[i] > input[i - 1], "Input tokens: " + string.Join(", ", input));
        }

        [Fact]
        public void Changing_a_result_or_the_messages_read_from_a_session_leaves_the_session_as_it_was()
        {
            using var host = new CmdletRunspace();
            using PowerShell ps = host.Create(
                "$s = New-BedrockSession -ModelId $Model; " +
                "$r = Invoke-BedrockConverse 'hello' -Session $s @Connection; " +
                "$r.Message.Content.Clear(); " +
                "$s.Messages[0].Content.Clear(); " +
                "$s.Messages[0].Role = 'assistant'; " +
                "[pscustomobject]@{ Count = $s.Messages.Count; First = $s.Messages[0].Content.Count; FirstRole = $s.Messages[0].Role; Answer = $s.Messages[1].Content[0].Text }");

            PSObject state = ps.Invoke().Single();

            Assert.Empty(ps.Streams.Error);
            Assert.Equal(2, (int)state.Properties["Count"].Value);
            Assert.Equal(1, (int)state.Properties["First"].Value);
            Assert.Equal("user", state.Properties["FirstRole"].Value);
            Assert.Equal("Echo: hello", state.Properties["Answer"].Value);
        }
    }
}
