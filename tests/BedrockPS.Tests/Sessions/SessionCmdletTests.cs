using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using BedrockPS.Core.Conversations.Persistence;
using BedrockPS.Tests.Cmdlets;
using Xunit;

namespace BedrockPS.Tests.Sessions
{
    public class SessionCmdletTests : IDisposable
    {
        private readonly string folder = Path.Combine(Path.GetTempPath(), "bedrockps-sessions-" + Guid.NewGuid().ToString("N"));

        public SessionCmdletTests()
        {
            Directory.CreateDirectory(folder);
        }

        public void Dispose() => Directory.Delete(folder, recursive: true);

        private string PathOf(string name) => Path.Combine(folder, name);

        [Fact]
        public void New_session_holds_model_system_settings_and_tools()
        {
            using var powerShell = CmdletRunspace.WithoutEmulator();

            var session = powerShell.Run("New-BedrockSession m1 -System 'Be kind.' -MaxTokens 100 -Temperature 0.5 -TopP 0.9 -StopSequence END -Tool (New-BedrockTool t d @{type='object'})").Single<ChatSession>();

            Assert.Equal("m1", session.ModelId);
            Assert.Equal("Be kind.", session.System);
            Assert.Equal(100, session.MaxTokens);
            Assert.Equal(0.5f, session.Temperature);
            Assert.Equal(0.9f, session.TopP);
            Assert.Equal(new[] { "END" }, session.StopSequences);
            Assert.Equal("t", Assert.Single(session.Tools).Name);
            Assert.Equal(0, session.Turns);
        }

        [Fact]
        public void New_session_refuses_out_of_range_settings()
        {
            using var powerShell = CmdletRunspace.WithoutEmulator();

            var result = powerShell.Run("try { New-BedrockSession m1 -Temperature 1.5 } catch { $_ }");

            Assert.StartsWith("ParameterArgumentValidationError", result.Single<ErrorRecord>().FullyQualifiedErrorId);
        }

        [Fact]
        public void Export_and_import_round_trip_a_conversation_without_any_secret()
        {
            var host = new ScriptedHost("Remember the word zebra.", "Which word?");
            using var powerShell = new CmdletRunspace(host: host);
            powerShell.UseApiKeyConnection();
            string path = PathOf("chat.json");

            var result = powerShell.Run($"$s = New-BedrockSession {CmdletRunspace.Model} -System 'sys'; $s | Enter-BedrockChat @Connection; " +
                $"$s | Export-BedrockSession -Path '{path}' -PassThru; Import-BedrockSession -Path '{path}'");
            Assert.Null(result.Terminating);

            Assert.Empty(result.Errors);
            Assert.Equal(path, Assert.IsType<FileInfo>(result.Output[0]).FullName);
            ChatSession imported = Assert.IsType<ChatSession>(result.Output[1]);
            Assert.Equal(2, imported.Turns);
            Assert.Equal(4, imported.Messages.Count);
            Assert.Equal("Echo: Which word?", imported.Messages[3].Content[0].Text);
            Assert.Equal("sys", imported.System);
            Assert.True(imported.TotalTokens > 0);

            string text = File.ReadAllText(path);
            Assert.DoesNotContain(powerShell.Emulator.ApiKey, text);
            Assert.DoesNotContain(powerShell.Emulator.SecretAccessKey, text);
            Assert.DoesNotContain(powerShell.Emulator.EndpointUrl, text);
        }

        [Fact]
        public void Export_refuses_to_overwrite_without_Force_and_WhatIf_writes_nothing()
        {
            using var powerShell = CmdletRunspace.WithoutEmulator();
            string path = PathOf("chat.json");
            File.WriteAllText(path, "keep me");

            var refused = powerShell.Run($"New-BedrockSession m1 | Export-BedrockSession -Path '{path}'");
            Assert.Null(refused.Terminating);
            var whatIf = powerShell.Run($"New-BedrockSession m1 | Export-BedrockSession -Path '{PathOf("new.json")}' -WhatIf");
            Assert.Null(whatIf.Terminating);

            ErrorRecord error = Assert.Single(refused.Errors);
            Assert.StartsWith("BedrockPS.FileExists,", error.FullyQualifiedErrorId);
            Assert.Equal(path, error.TargetObject);
            Assert.Equal("keep me", File.ReadAllText(path));
            Assert.Empty(whatIf.Errors);
            Assert.False(File.Exists(PathOf("new.json")));

            var forced = powerShell.Run($"New-BedrockSession m2 | Export-BedrockSession -Path '{path}' -Force");
            Assert.Null(forced.Terminating);

            Assert.Empty(forced.Errors);
            Assert.Equal("m2", SessionFileReader.Load(path).ModelId);
            Assert.Single(Directory.GetFiles(folder));
        }

        [Theory]
        [InlineData("{\"formatVersion\":1,\"messages\":[", "truncated")]
        [InlineData("{\"formatVersion\":9,\"messages\":[]}", "newer")]
        [InlineData("{\"formatVersion\":1,\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":{\"x\":1}}]}]}", "wrong type")]
        public void Import_answers_a_bad_file_with_SessionFileInvalid_and_the_path(string content, string reason)
        {
            using var powerShell = CmdletRunspace.WithoutEmulator();
            string path = PathOf("bad.json");
            File.WriteAllText(path, content);

            var result = powerShell.Run($"Import-BedrockSession -Path '{path}'");
            Assert.Null(result.Terminating);

            Assert.Empty(result.Output);
            ErrorRecord error = Assert.Single(result.Errors);
            Assert.StartsWith("BedrockPS.SessionFileInvalid,", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
            Assert.Equal(path, error.TargetObject);
            Assert.Contains(reason, error.ErrorDetails.Message);
        }

        [Fact]
        public void Import_answers_deep_nesting_with_SessionFileInvalid()
        {
            using var powerShell = CmdletRunspace.WithoutEmulator();
            string path = PathOf("deep.json");
            File.WriteAllText(path, "{\"formatVersion\":1,\"messages\":" + new string('[', 5000) + new string(']', 5000) + "}");

            var result = powerShell.Run($"Import-BedrockSession '{path}'");
            Assert.Null(result.Terminating);

            Assert.StartsWith("BedrockPS.SessionFileInvalid,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        }

        [Fact]
        public void Import_warns_when_a_tool_command_is_missing_and_keeps_the_tool()
        {
            string path = PathOf("tools.json");
            using (var first = CmdletRunspace.WithoutEmulator())
            {
                Assert.Null(first.Run("function Get-Thing { param([string]$Name) $Name }; New-BedrockSession m1 -Tool (New-BedrockTool -Command Get-Thing) | Export-BedrockSession -Path '" + path + "'").Terminating);
            }

            using var second = CmdletRunspace.WithoutEmulator();
            var result = second.Run($"Import-BedrockSession '{path}'");
            Assert.Null(result.Terminating);

            Assert.Empty(result.Errors);
            Assert.Contains(result.Warnings, w => w.Contains("Get-Thing"));
            ToolDefinition tool = Assert.Single(result.Single<ChatSession>().Tools);
            Assert.Equal("Get-Thing", tool.CommandName);
        }

        [Fact]
        public void Import_of_a_missing_file_is_FileNotFound()
        {
            using var powerShell = CmdletRunspace.WithoutEmulator();

            var result = powerShell.Run($"Import-BedrockSession '{PathOf("none.json")}'");
            Assert.Null(result.Terminating);

            Assert.StartsWith("BedrockPS.FileNotFound,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        }

        [Fact]
        public void Clear_empties_history_but_keeps_model_system_and_tools_and_honours_WhatIf()
        {
            var host = new ScriptedHost("hello");
            using var powerShell = new CmdletRunspace(host: host);
            powerShell.UseApiKeyConnection();
            Assert.Null(powerShell.Run($"$s = New-BedrockSession {CmdletRunspace.Model} -System sys -Tool (New-BedrockTool t d @{{type='object'}}); $s | Enter-BedrockChat @Connection").Terminating);

            var whatIf = powerShell.Run("$s | Clear-BedrockSession -WhatIf; $s");
            Assert.Null(whatIf.Terminating);
            Assert.Equal(2, whatIf.Single<ChatSession>().Messages.Count);

            var cleared = powerShell.Run("Clear-BedrockSession $s -PassThru").Single<ChatSession>();

            Assert.Empty(cleared.Messages);
            Assert.Equal(0, cleared.Turns);
            Assert.Equal(0, cleared.TotalTokens);
            Assert.Equal(CmdletRunspace.Model, cleared.ModelId);
            Assert.Equal("sys", cleared.System);
            Assert.Single(cleared.Tools);
        }
    }
}
