using System;
using System.Linq;
using System.Management.Automation;
using BedrockPS.Core;
using BedrockPS.Emulator;
using BedrockPS.Tests.Cmdlets;
using Xunit;

namespace BedrockPS.Tests.Reliability
{
    /// <summary>
    /// Every fault the emulator can inject, met through Invoke-BedrockConverse as a user runs it. For each: the retry
    /// decision counted at the emulator (default retry settings: standard mode, 3 attempts), one error record with the
    /// module's error id and exception type, no wait past a generous bound, and the streamed text kept in the error.
    /// </summary>
    public class FaultMatrixTests
    {
        private const int DefaultAttempts = 3;
        private const string Prompt = "one two three four five six seven eight nine ten eleven twelve";
        private static readonly TimeSpan DoesNotHang = TimeSpan.FromSeconds(30);

        private static CmdletRunspace HostWith(FaultKind kind, int afterEvents = 3) =>
            new CmdletRunspace(new EmulatorOptions
            {
                Faults = new FaultSettings { Kind = kind, AfterEvents = afterEvents },
                // Deltas apart, as real ones are, so those sent well before a fault have arrived when it hits.
                StreamDelay = TimeSpan.FromMilliseconds(60),
            });

        /// <summary>
        /// A reset (cut) can destroy the bytes still in flight with it, as on a real network: the last delta before
        /// the cut may never arrive. Everything else delivers every delta sent before the fault.
        /// </summary>
        private static void AssertKeptText(FaultKind kind, string sentBeforeFault, string? kept)
        {
            if (kind == FaultKind.CutMidStream)
            {
                Assert.False(string.IsNullOrEmpty(kept), "the deltas that arrived before the cut are kept");
                Assert.StartsWith(kept!, sentBeforeFault);
            }
            else
            {
                Assert.Equal(sentBeforeFault, kept);
            }
        }

        private static ScriptOutcome Converse(CmdletRunspace host, bool stream) =>
            host.Run($"Invoke-BedrockConverse -Message '{Prompt}' -ModelId $Model @Connection{(stream ? " -Stream" : string.Empty)}", DoesNotHang);

        [Theory]
        [InlineData(FaultKind.Throttling, "BedrockPS.Throttling", 429)]
        [InlineData(FaultKind.InternalServerError, "BedrockPS.InternalServer", 500)]
        [InlineData(FaultKind.ServiceUnavailable, "BedrockPS.ServiceUnavailable", 503)]
        [InlineData(FaultKind.ModelNotReady, "BedrockPS.ModelNotReady", 429)]
        [InlineData(FaultKind.ModelTimeout, "BedrockPS.ModelTimeout", 408)]
        public void Persistent_transient_fault_is_retried_to_the_limit_then_gives_one_error(FaultKind kind, string errorId, int status)
        {
            using CmdletRunspace host = HostWith(kind);

            ScriptOutcome outcome = Converse(host, stream: false);

            ErrorRecord error = outcome.SingleModuleError(errorId);
            var exception = (BedrockServiceException)error.Exception;
            Assert.Equal(status, exception.StatusCode);
            Assert.Equal(DefaultAttempts, exception.Attempts);
            Assert.Equal(DefaultAttempts, host.Emulator.RequestCount);
            Assert.Empty(outcome.Output);
        }

        [Theory]
        [InlineData(FaultKind.Throttling)]
        [InlineData(FaultKind.InternalServerError)]
        [InlineData(FaultKind.ServiceUnavailable)]
        [InlineData(FaultKind.ModelNotReady)]
        [InlineData(FaultKind.ModelTimeout)]
        [InlineData(FaultKind.ResetBeforeHeaders)]
        public void Transient_fault_on_every_other_request_is_absorbed_by_one_retry(FaultKind kind)
        {
            using var host = new CmdletRunspace(new EmulatorOptions { Faults = new FaultSettings { Kind = kind, EveryNthRequest = 2 } });

            // Sequential rows: request 1 answers, request 2 fails and its retry (request 3) answers, and so on.
            ScriptOutcome outcome = host.Run("'a b', 'c d', 'e f' | Invoke-BedrockConverse -ModelId $Model @Connection");

            Assert.Empty(outcome.Errors);
            Assert.Equal(new[] { "Echo: a b", "Echo: c d", "Echo: e f" }, outcome.Output.Cast<ConverseResult>().Select(r => r.Text));
            Assert.Equal(5, host.Emulator.RequestCount);
        }

        [Theory]
        [InlineData("Get-BedrockModel @Connection")]
        [InlineData("Get-BedrockModel -ModelId anthropic.claude-haiku-4-5-20251001-v1:0 @Connection")]
        [InlineData("Get-BedrockInferenceProfile @Connection")]
        [InlineData("Invoke-BedrockModel -ModelId $Model -Body @{ anthropic_version = 'bedrock-2023-05-31'; max_tokens = 9; messages = @(@{ role = 'user'; content = 'hi' }) } @Connection")]
        [InlineData("Invoke-BedrockModel -ModelId $Model -Stream -Body @{ anthropic_version = 'bedrock-2023-05-31'; max_tokens = 9; messages = @(@{ role = 'user'; content = 'hi' }) } @Connection")]
        [InlineData("Measure-BedrockToken -ModelId $Model -Message 'count me' @Connection")]
        [InlineData("Invoke-BedrockGuardrail -GuardrailIdentifier gr1 -GuardrailVersion DRAFT -Text 'check me' @Connection")]
        [InlineData("$s = New-BedrockSession -ModelId $Model; Invoke-BedrockConverse -Message 'hi' -Session $s @Connection; if ($s.Turns -ne 0) { throw 'half turn kept' }")]
        public void Every_cmdlet_retries_a_transient_fault_to_the_limit_then_gives_one_error(string script)
        {
            using CmdletRunspace host = HostWith(FaultKind.ServiceUnavailable);

            ScriptOutcome outcome = host.Run(script, DoesNotHang);

            ErrorRecord error = outcome.SingleModuleError("BedrockPS.ServiceUnavailable");
            Assert.Equal(DefaultAttempts, ((BedrockServiceException)error.Exception).Attempts);
            Assert.Equal(DefaultAttempts, host.Emulator.RequestCount);
        }

        [Fact]
        public void Throttling_burst_is_absorbed_and_every_request_is_accounted_for()
        {
            // A token bucket of 8 requests a second against 24 rows sent 8 at a time.
            using var host = new CmdletRunspace(new EmulatorOptions { Faults = new FaultSettings { ThrottleAboveRequestsPerSecond = 8 } });

            ScriptOutcome outcome = host.Run(
                "1..24 | ForEach-Object { \"burst $_\" } | Invoke-BedrockConverse -ModelId $Model -ThrottleLimit 8 -Verbose @Connection -ErrorAction Continue 2>&1");

            Assert.Null(outcome.Terminating);
            Assert.Equal(24, outcome.Output.Count);
            int results = outcome.Output.OfType<ConverseResult>().Count();
            int attemptsOfErrors = outcome.Output.OfType<ErrorRecord>().Sum(e => ((BedrockServiceException)e.Exception).Attempts);
            foreach (ErrorRecord error in outcome.Output.OfType<ErrorRecord>())
            {
                Assert.StartsWith("BedrockPS.Throttling,", error.FullyQualifiedErrorId);
            }
            Assert.True(host.Emulator.RequestCount > 24, "the burst was throttled and retried");
            // Every request the emulator answered with success became exactly one result; every other one got a throttling answer,
            // and the rows that gave up met one on each of their attempts.
            Assert.Equal(results, host.Emulator.RequestCount - host.Emulator.ErrorResponseCount);
            Assert.True(attemptsOfErrors <= host.Emulator.ErrorResponseCount, $"{attemptsOfErrors} failed attempts, {host.Emulator.ErrorResponseCount} throttling answers");
            Assert.True(outcome.Output.OfType<ConverseResult>().Count() >= 12, "most of the burst succeeds after backoff");
        }

        [Fact]
        public void Permanent_error_is_sent_once()
        {
            using var host = new CmdletRunspace();

            ScriptOutcome outcome = host.Run("Invoke-BedrockConverse -Message 'hello' -ModelId anthropic.claude-unknown-v9:0 @Connection");

            outcome.SingleModuleError("BedrockPS.ModelNotFound");
            Assert.Equal(1, host.Emulator.RequestCount);
        }

        [Fact]
        public void Connection_refused_gives_one_connection_error()
        {
            using var host = new CmdletRunspace();
            var closed = BedrockEmulator.Start(new EmulatorOptions());
            string deadEndpoint = closed.EndpointUrl;
            closed.Dispose();

            ScriptOutcome outcome = host.Run(
                $"$c = $Connection.Clone(); $c.EndpointUrl = '{deadEndpoint}'; Invoke-BedrockConverse -Message 'hello' -ModelId $Model @c", DoesNotHang);

            ErrorRecord error = outcome.SingleModuleError("BedrockPS.ConnectionFailure");
            Assert.Contains("127.0.0.1", error.ErrorDetails!.Message + error.Exception.Message);
        }

        [Fact]
        public void Reset_before_headers_is_retried_then_reported_as_a_connection_failure()
        {
            using CmdletRunspace host = HostWith(FaultKind.ResetBeforeHeaders);

            ScriptOutcome outcome = Converse(host, stream: true);

            ErrorRecord error = outcome.SingleModuleError("BedrockPS.ConnectionFailure");
            // Nothing had arrived, so sending again was safe.
            Assert.Equal(DefaultAttempts, host.Emulator.RequestCount);
            Assert.True(string.IsNullOrEmpty(((BedrockServiceException)error.Exception).PartialText));
        }

        [Theory]
        [InlineData(FaultKind.CutMidStream, "BedrockPS.StreamInterrupted")]
        [InlineData(FaultKind.CorruptFrame, "BedrockPS.StreamInterrupted")]
        [InlineData(FaultKind.TruncatedFrame, "BedrockPS.StreamInterrupted")]
        [InlineData(FaultKind.StreamThrottlingException, "BedrockPS.Throttling")]
        [InlineData(FaultKind.StreamModelError, "BedrockPS.ModelStreamError")]
        public void Stream_fault_after_content_is_never_resent_and_keeps_the_partial_text(FaultKind kind, string errorId)
        {
            using CmdletRunspace host = HostWith(kind, afterEvents: 3);

            ScriptOutcome outcome = Converse(host, stream: true);

            ErrorRecord error = outcome.SingleModuleError(errorId);
            var exception = (BedrockServiceException)error.Exception;
            Assert.Equal(1, host.Emulator.RequestCount);
            // The reply is "Echo: " + the prompt, one delta per word: three deltas were sent before the fault.
            AssertKeptText(kind, "Echo: one two", exception.PartialText);
            // What the error keeps is exactly what the user saw stream by.
            Assert.Equal(exception.PartialText, outcome.StreamedText);
            Assert.Contains("characters had arrived", error.ErrorDetails!.Message);
            Assert.Same(outcome.Errors[0].TargetObject, error.TargetObject);
            Assert.Equal(Prompt, error.TargetObject);
            Assert.Empty(outcome.Output);
            Assert.Equal(0, host.WaitForNoRequestInFlight(TimeSpan.FromSeconds(10)));
        }

        [Theory]
        [InlineData(FaultKind.CutMidStream)]
        [InlineData(FaultKind.CorruptFrame)]
        [InlineData(FaultKind.StreamModelError)]
        public void Native_stream_fault_gives_one_error_and_is_sent_once(FaultKind kind)
        {
            using CmdletRunspace host = HostWith(kind, afterEvents: 2);

            ScriptOutcome outcome = host.Run(
                "Invoke-BedrockModel -ModelId $Model -Stream @Connection -Body @{ anthropic_version = 'bedrock-2023-05-31'; max_tokens = 100; " +
                $"messages = @(@{{ role = 'user'; content = '{Prompt}' }}) }}");

            ErrorRecord error = outcome.SingleModuleError(kind == FaultKind.StreamModelError ? "BedrockPS.ModelStreamError" : "BedrockPS.StreamInterrupted");
            Assert.Equal(1, host.Emulator.RequestCount);
            Assert.True(outcome.Output.Count >= 1, "the chunks that arrived before the fault were written");
            Assert.NotNull(error.Exception);
        }

        [Fact]
        public void Chat_reports_a_failed_answer_once_keeps_no_half_turn_and_goes_on()
        {
            var screen = new Sessions.ScriptedHost("cut me off please", "and now answer");
            var options = new EmulatorOptions
            {
                Scenario = Scenario.Parse("{\"rules\":[{\"prompt\":\"cut me\",\"reply\":\"Echo: {prompt}\",\"fault\":\"stream-model-error:2\"}]}"),
                StreamDelay = TimeSpan.FromMilliseconds(15),
            };
            using var host = new CmdletRunspace(options, screen);

            ScriptOutcome outcome = host.Run("$s = New-BedrockSession -ModelId $Model; $s | Enter-BedrockChat @Connection; $s");

            ErrorRecord error = outcome.SingleModuleError("BedrockPS.ModelStreamError");
            Assert.Equal("cut me off please", error.TargetObject);
            Assert.Equal("Echo: cut", ((BedrockServiceException)error.Exception).PartialText);
            Assert.Contains("you> cut me off please\nEcho: cut", screen.Ui.Screen);
            var session = Assert.IsType<ChatSession>(Assert.Single(outcome.Output));
            Assert.Equal(1, session.Turns);
            Assert.Equal("and now answer", session.Messages[0].Content[0].Text);
            Assert.Contains("Echo: and now answer", screen.Ui.Screen);
            Assert.Equal(2, host.Emulator.RequestCount);
        }

        [Fact]
        public void Fault_without_stream_on_a_plain_call_still_answers()
        {
            // Stream faults act on streams only: the plain Converse call is not disturbed by them.
            using CmdletRunspace host = HostWith(FaultKind.CutMidStream);

            ScriptOutcome outcome = Converse(host, stream: false);

            Assert.Empty(outcome.Errors);
            Assert.Equal("Echo: " + Prompt, Assert.IsType<ConverseResult>(Assert.Single(outcome.Output)).Text);
            Assert.Equal(1, host.Emulator.RequestCount);
        }
    }
}
