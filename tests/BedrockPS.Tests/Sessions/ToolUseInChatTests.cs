using System;
using System.IO;
using System.Linq;
using BedrockPS.Core.Conversations;
using BedrockPS.Core.Conversations.Persistence;
using BedrockPS.Core.Models;
using BedrockPS.Tests.Cmdlets;
using BedrockPS.Tools;
using Xunit;

namespace BedrockPS.Tests.Sessions
{
    /// <summary>PowerShell commands run as tools for the model, end to end against the emulator.</summary>
    public class ToolUseInChatTests
    {
        private const string Functions = @"
function Get-Weather {
    <#
    .SYNOPSIS
    Gets the weather of a city.
    .PARAMETER City
    The city name.
    #>
    param([Parameter(Mandatory)][string]$City, [ValidateSet('C','F')][string]$Unit = 'C')
    ""Sunny in $City, 21 $Unit""
}
function Get-Broken { param([string]$City) throw ""disk on fire"" }
function Get-Facts { param([string]$City) [pscustomobject]@{ City = $City; Population = 2100000; Tags = @('capital','river') } }
function Get-Many { param([string]$City) 1..3 | ForEach-Object { [pscustomobject]@{ Index = $_ } } }
function Get-Huge { param([string]$City) 'x' * 60000 }
";

        private const string Scenario = @"{ ""rules"": [
  { ""prompt"": ""weather"", ""whenToolResult"": false, ""toolUse"": [ { ""name"": ""Get-Weather"", ""input"": { ""City"": ""Paris"", ""Unit"": ""F"" } } ] },
  { ""prompt"": ""two cities"", ""whenToolResult"": false, ""toolUse"": [ { ""name"": ""Get-Weather"", ""input"": { ""City"": ""Oslo"" } }, { ""name"": ""Get-Facts"", ""input"": { ""City"": ""Oslo"" } } ] },
  { ""prompt"": ""broken"", ""whenToolResult"": false, ""toolUse"": [ { ""name"": ""Get-Broken"", ""input"": { ""City"": ""Rome"" } } ] },
  { ""prompt"": ""many"", ""whenToolResult"": false, ""toolUse"": [ { ""name"": ""Get-Many"", ""input"": {} }, { ""name"": ""Get-Huge"", ""input"": {} } ] },
  { ""prompt"": ""hallucinate"", ""whenToolResult"": false, ""toolUse"": [ { ""name"": ""Get-Weather"", ""input"": { ""Town"": ""Rome"" } } ] },
  { ""prompt"": ""^$"", ""whenToolResult"": true, ""model"": ""amazon.nova-*"", ""toolUse"": [ { ""name"": ""Get-Weather"", ""input"": { ""City"": ""Again"" } } ] }
] }";

        private static (CmdletRunspace PowerShell, ScriptedHost Host) Chat(params string[] lines)
        {
            var host = new ScriptedHost(lines);
            var powerShell = new CmdletRunspace(CmdletRunspace.ScenarioOptions(Scenario), host);
            powerShell.UseApiKeyConnection();
            Assert.Null(powerShell.Run(Functions).Terminating);
            return (powerShell, host);
        }

        private const string SessionWithTools =
            "$tools = 'Get-Weather','Get-Broken','Get-Facts','Get-Many','Get-Huge' | ForEach-Object { New-BedrockTool -Command $_ }; " +
            "$s = New-BedrockSession " + CmdletRunspace.Model + " -Tool $tools; ";

        [Fact]
        public void Auto_runs_the_command_and_sends_its_output_back()
        {
            var (powerShell, host) = Chat("What is the weather in Paris?");
            using (powerShell)
            {
                var result = powerShell.Run(SessionWithTools + "$s | Enter-BedrockChat -InvokeTool Auto @Connection; $s");
                Assert.Null(result.Terminating);

                Assert.Empty(result.Errors);
                Assert.Contains("Tool result: Sunny in Paris, 21 F", host.Ui.Screen);
                Assert.Contains("[the model asks for tool Get-Weather]", host.Ui.Screen);
                ChatSession session = result.Single<ChatSession>();
                Assert.Equal(1, session.Turns);
                Assert.Equal(4, session.Messages.Count);
                ToolResultBlock toolResult = session.Messages[2].Content[0].ToolResult!;
                Assert.Equal("success", toolResult.Status);
                Assert.Equal(session.Messages[1].Content.Single(b => b.ToolUse != null).ToolUse!.ToolUseId, toolResult.ToolUseId);
            }
        }

        [Fact]
        public void Several_tools_in_one_answer_all_run_and_objects_go_back_as_json()
        {
            var (powerShell, host) = Chat("Compare two cities");
            using (powerShell)
            {
                var result = powerShell.Run(SessionWithTools + "$s | Enter-BedrockChat -InvokeTool Auto @Connection; $s");
                Assert.Null(result.Terminating);

                Assert.Empty(result.Errors);
                ChatSession session = result.Single<ChatSession>();
                var results = session.Messages[2].Content.Select(b => b.ToolResult!).ToList();
                Assert.Equal(2, results.Count);
                Assert.Equal("Sunny in Oslo, 21 C", results[0].Content[0].Text);
                var facts = results[1].Content[0].Json!.Value;
                Assert.Equal("Oslo", facts.GetProperty("City").GetString());
                Assert.Equal(2100000, facts.GetProperty("Population").GetInt32());
                Assert.Equal(2, facts.GetProperty("Tags").GetArrayLength());
            }
        }

        [Fact]
        public void Several_objects_go_back_as_a_json_list_and_long_text_is_cut()
        {
            var (powerShell, _) = Chat("many things please");
            using (powerShell)
            {
                var result = powerShell.Run(SessionWithTools + "$s | Enter-BedrockChat -InvokeTool Auto @Connection; $s");
                Assert.Null(result.Terminating);

                Assert.Empty(result.Errors);
                var results = result.Single<ChatSession>().Messages[2].Content.Select(b => b.ToolResult!).ToList();
                var list = results[0].Content[0].Json!.Value.GetProperty("result");
                Assert.Equal(new[] { 1, 2, 3 }, list.EnumerateArray().Select(e => e.GetProperty("Index").GetInt32()));
                string text = results[1].Content[0].Text!;
                Assert.StartsWith(new string('x', 50_000), text);
                Assert.EndsWith("[output cut: 10000 more characters]", text);
            }
        }

        [Fact]
        public void A_command_that_throws_goes_back_as_an_error_result()
        {
            var (powerShell, host) = Chat("Try the broken tool");
            using (powerShell)
            {
                var result = powerShell.Run(SessionWithTools + "$s | Enter-BedrockChat -InvokeTool Auto @Connection; $s");
                Assert.Null(result.Terminating);

                Assert.Empty(result.Errors);
                ToolResultBlock toolResult = result.Single<ChatSession>().Messages[2].Content[0].ToolResult!;
                Assert.Equal("error", toolResult.Status);
                Assert.Contains("disk on fire", toolResult.Content[0].Text);
                Assert.Contains("Tool result: disk on fire", host.Ui.Screen);
            }
        }

        [Fact]
        public void A_parameter_the_command_does_not_have_goes_back_as_an_error_result()
        {
            var (powerShell, _) = Chat("hallucinate a parameter");
            using (powerShell)
            {
                var result = powerShell.Run(SessionWithTools + "$s | Enter-BedrockChat -InvokeTool Auto @Connection; $s");
                Assert.Null(result.Terminating);

                ToolResultBlock toolResult = result.Single<ChatSession>().Messages[2].Content[0].ToolResult!;
                Assert.Equal("error", toolResult.Status);
                Assert.Contains("Town", toolResult.Content[0].Text);
            }
        }

        [Fact]
        public void Confirm_asks_first_and_a_refusal_goes_back_as_declined()
        {
            var (powerShell, host) = Chat("What is the weather in Paris?", "And the weather again?");
            host.Ui.Choices.Enqueue(2);
            host.Ui.Choices.Enqueue(0);
            using (powerShell)
            {
                var result = powerShell.Run(SessionWithTools + "$s | Enter-BedrockChat -InvokeTool Confirm @Connection; $s");
                Assert.Null(result.Terminating);

                Assert.Empty(result.Errors);
                Assert.Equal(2, host.Ui.ChoicePrompts.Count);
                Assert.Contains("Get-Weather", host.Ui.ChoicePrompts[0]);
                ChatSession session = result.Single<ChatSession>();
                ToolResultBlock declined = session.Messages[2].Content[0].ToolResult!;
                Assert.Equal("error", declined.Status);
                Assert.Equal(PowerShellToolInvoker.DeclinedText, declined.Content[0].Text);
                ToolResultBlock accepted = session.Messages[6].Content[0].ToolResult!;
                Assert.Equal("success", accepted.Status);
            }
        }

        [Fact]
        public void Tools_stop_after_MaxToolRounds_with_a_warning()
        {
            var (powerShell, host) = Chat("What is the weather in Paris?");
            using (powerShell)
            {
                var result = powerShell.Run(SessionWithTools + "$s | Enter-BedrockChat -ModelId amazon.nova-lite-v1:0 -InvokeTool Auto -MaxToolRounds 3 @Connection; $s");
                Assert.Null(result.Terminating);

                Assert.Empty(result.Errors);
                Assert.Contains(result.Warnings, w => w.Contains("3 tool rounds"));
                ChatSession session = result.Single<ChatSession>();
                Assert.Equal(1 + 2 * 4 - 1, session.Messages.Count);
                Assert.Equal(3, session.Messages.Count(m => m.Content.Any(b => b.ToolResult != null)));
            }
        }

        [Fact]
        public void A_session_file_rebinds_its_tools_to_the_commands_on_import()
        {
            string path = Path.Combine(Path.GetTempPath(), "bedrockps-tools-" + Guid.NewGuid().ToString("N") + ".json");
            try
            {
                var (powerShell, host) = Chat("What is the weather in Paris?");
                using (powerShell)
                {
                    var result = powerShell.Run(SessionWithTools + $"$s | Export-BedrockSession -Path '{path}'; Import-BedrockSession '{path}' | Enter-BedrockChat -InvokeTool Auto -PassThru @Connection");
                    Assert.Null(result.Terminating);

                    Assert.Empty(result.Errors);
                    Assert.Contains("Tool result: Sunny in Paris, 21 F", host.Ui.Screen);
                    Assert.Equal(5, result.Single<ChatSession>().Tools.Count);
                }
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}
