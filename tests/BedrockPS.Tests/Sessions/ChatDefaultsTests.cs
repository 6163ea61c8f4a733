using System.Linq;
using System.Management.Automation;
using BedrockPS.Tests.Cmdlets;
using Xunit;

namespace BedrockPS.Tests.Sessions
{
    /// <summary>Enter-BedrockChat with a session's schema and defaults, -ServiceTier and -CacheSystemPrompt.</summary>
    public class ChatDefaultsTests
    {
        private const string Schema =
            "@{ type = 'object'; properties = @{ category = @{ type = 'string'; enum = @('billing', 'bug') }; urgent = @{ type = 'boolean' } }; required = @('category', 'urgent') }";

        [Fact]
        public void A_session_schema_makes_every_answer_checked_data_printed_as_json()
        {
            var host = new ScriptedHost("My invoice is wrong", "The app crashes");
            using var powerShell = new CmdletRunspace(host: host);
            powerShell.UseApiKeyConnection();

            var result = powerShell.Run($"$s = New-BedrockSession {CmdletRunspace.Model} -JsonSchema ({Schema}); $s | Enter-BedrockChat @Connection; $s");
            Assert.Null(result.Terminating);

            Assert.Empty(result.Errors);
            ChatSession session = result.Single<ChatSession>();
            Assert.Equal(2, session.Turns);
            string screen = host.Ui.Screen;
            Assert.Equal(2, CountOf(screen, "\"category\":"));
            Assert.Equal(2, CountOf(screen, "\"urgent\":"));
            Assert.DoesNotContain("Echo:", screen);
        }

        [Fact]
        public void ServiceTier_sends_every_answer_on_that_tier_and_the_session_default_applies_without_it()
        {
            // The usage tally is shared by the process, so the test counts what its own chats add.
            const string Calls = "function Calls($tier) { [int](Get-BedrockUsage -ModelId amazon.nova-lite-v1:0 | Where-Object ServiceTier -eq $tier | Measure-Object Calls -Sum).Sum }; ";
            var host = new ScriptedHost("cheap one", "cheap two");
            using var powerShell = new CmdletRunspace(host: host);
            powerShell.UseApiKeyConnection();

            var result = powerShell.Run(Calls +
                "$flex = Calls flex; Enter-BedrockChat -ModelId amazon.nova-lite-v1:0 -ServiceTier Flex @Connection; 'flex+' + ((Calls flex) - $flex)");
            Assert.Null(result.Terminating);

            Assert.Empty(result.Errors);
            Assert.Equal("flex+2", result.Output.Last()?.ToString());

            var second = new ScriptedHost("priority one");
            using var again = new CmdletRunspace(host: second);
            again.UseApiKeyConnection();
            var viaSession = again.Run(Calls +
                "$s = New-BedrockSession amazon.nova-lite-v1:0 -ServiceTier Priority; $p = Calls priority; $s | Enter-BedrockChat @Connection; 'priority+' + ((Calls priority) - $p)");
            Assert.Null(viaSession.Terminating);
            Assert.Empty(viaSession.Errors);
            Assert.Equal("priority+1", viaSession.Output.Last()?.ToString());
        }

        [Fact]
        public void CacheSystemPrompt_writes_the_system_prompt_once_and_later_turns_read_it()
        {
            var host = new ScriptedHost("one", "two");
            using var powerShell = new CmdletRunspace(host: host);
            powerShell.UseApiKeyConnection();

            var result = powerShell.Run(
                $"$s = New-BedrockSession {CmdletRunspace.Model} -System ('You answer support tickets for a shop that sells bicycles and their parts. ' * 500); " +
                "$s | Enter-BedrockChat -CacheSystemPrompt @Connection; $s");
            Assert.Null(result.Terminating);

            Assert.Empty(result.Errors);
            ChatSession session = result.Single<ChatSession>();
            Assert.Equal(2, session.Turns);
            Assert.True(session.CacheWriteInputTokens > 0);
            Assert.Equal(session.CacheWriteInputTokens, session.CacheReadInputTokens);
        }

        private static int CountOf(string text, string part)
        {
            int count = 0;
            for (int at = text.IndexOf(part, System.StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, System.StringComparison.Ordinal)) count++;
            return count;
        }
    }
}
