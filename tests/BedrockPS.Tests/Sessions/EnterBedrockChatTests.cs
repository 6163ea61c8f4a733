using System;
using System.IO;
using System.Linq;
using BedrockPS.Core.Conversations;
using BedrockPS.Core.Conversations.Persistence;
using System.Management.Automation;
using BedrockPS.Tests.Cmdlets;
using Xunit;

namespace BedrockPS.Tests.Sessions
{
    public class EnterBedrockChatTests : IDisposable
    {
        private readonly string folder = Path.Combine(Path.GetTempPath(), "bedrockps-chat-" + Guid.NewGuid().ToString("N"));

        public EnterBedrockChatTests()
        {
            Directory.CreateDirectory(folder);
        }

        public void Dispose() => Directory.Delete(folder, recursive: true);

        [Fact]
        public void Chat_streams_answers_keeps_history_and_obeys_slash_commands()
        {
            string saved = Path.Combine(folder, "chat.json");
            var host = new ScriptedHost(
                "What is DNS?",
                "/system Answer in one line.",
                "And TCP?",
                "/save " + saved,
                "/model amazon.nova-lite-v1:0",
                "/model",
                "/clear",
                "/bogus",
                "/exit",
                "never read");
            using var powerShell = new CmdletRunspace(host: host);
            powerShell.UseApiKeyConnection();

            var result = powerShell.Run($"Enter-BedrockChat -ModelId {CmdletRunspace.Model} -PassThru @Connection");
            Assert.Null(result.Terminating);

            Assert.Empty(result.Errors);
            string screen = host.Ui.Screen;
            Assert.Contains("Echo: What is DNS?", screen);
            Assert.Contains("Echo: And TCP?", screen);
            Assert.Contains("System prompt set.", screen);
            Assert.Contains("Saved to " + saved, screen);
            Assert.Contains("Model: amazon.nova-lite-v1:0", screen);
            Assert.Contains("History cleared.", screen);
            Assert.Contains("Unknown command /bogus", screen);
            Assert.DoesNotContain("never read", screen);

            ChatSession session = result.Single<ChatSession>();
            Assert.Equal("amazon.nova-lite-v1:0", session.ModelId);
            Assert.Equal("Answer in one line.", session.System);
            Assert.Empty(session.Messages);

            Conversation file = SessionFileReader.Load(saved);
            Assert.Equal(2, file.Turns);
            Assert.Equal(4, file.Messages.Count);
            Assert.Equal("Echo: And TCP?", file.Messages[3].Content[0].Text);
            Assert.Equal("Answer in one line.", file.System);
        }

        [Fact]
        public void Chat_continues_a_given_session_and_ends_when_input_ends()
        {
            var host = new ScriptedHost("first", "second");
            using var powerShell = new CmdletRunspace(host: host);
            powerShell.UseApiKeyConnection();

            var result = powerShell.Run($"$s = New-BedrockSession {CmdletRunspace.Model}; $s | Enter-BedrockChat @Connection; $s");
            Assert.Null(result.Terminating);

            Assert.Empty(result.Errors);
            ChatSession session = result.Single<ChatSession>();
            Assert.Equal(2, session.Turns);
            Assert.Equal(new[] { "user", "assistant", "user", "assistant" }, session.Messages.Select(m => m.Role));
            Assert.True(session.InputTokens > 0 && session.OutputTokens > 0);
        }

        [Fact]
        public void Chat_reports_a_failed_answer_and_goes_on_without_keeping_it()
        {
            var host = new ScriptedHost("explode now", "calm question");
            using var powerShell = new CmdletRunspace(CmdletRunspace.ScenarioOptions("{\"rules\":[{\"prompt\":\"^explode\",\"fault\":\"stream-model-error\"}]}"), host);
            powerShell.UseApiKeyConnection();

            var result = powerShell.Run($"Enter-BedrockChat -ModelId {CmdletRunspace.Model} -PassThru @Connection");
            Assert.Null(result.Terminating);

            ErrorRecord error = Assert.Single(result.Errors);
            Assert.Equal("explode now", error.TargetObject);
            Assert.StartsWith("BedrockPS.", error.FullyQualifiedErrorId);
            ChatSession session = Assert.IsType<ChatSession>(result.Output.Last());
            Assert.Equal(1, session.Turns);
            Assert.Equal("Echo: calm question", session.Messages[1].Content[0].Text);
        }

        [Fact]
        public void Chat_without_any_model_is_refused()
        {
            var host = new ScriptedHost("hello");
            using var powerShell = CmdletRunspace.WithoutEmulator(host);

            var result = powerShell.Run("try { Enter-BedrockChat -EndpointUrl http://127.0.0.1:9 -Region us-east-1 } catch { $_ }");

            var record = result.Single<System.Management.Automation.ErrorRecord>();
            Assert.Equal("BedrockPS.InvalidInput,BedrockPS.Cmdlets.EnterBedrockChatCommand", record.FullyQualifiedErrorId);
        }
    }
}
