using System.Collections.Generic;
using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;
using BedrockPS.Core.Conversations;
using BedrockPS.Core.Conversations.Persistence;
using BedrockPS.Core.Models;
using BedrockPS.Tests.Sessions;
using CsCheck;
using BedrockPS.Tests.Cmdlets;
using Xunit;

namespace BedrockPS.Tests.Properties
{
    /// <summary>Generated corruptions of a session file through Import-BedrockSession in a real runspace. A failing case prints its seed.</summary>
    public sealed class SessionImportProperties : IDisposable
    {
        private readonly string folder = Path.Combine(Path.GetTempPath(), "bedrockps-import-" + Guid.NewGuid().ToString("N"));
        private readonly CmdletRunspace powerShell = CmdletRunspace.WithoutEmulator();

        public SessionImportProperties()
        {
            Directory.CreateDirectory(folder);
        }

        public void Dispose()
        {
            powerShell.Dispose();
            Directory.Delete(folder, recursive: true);
        }

        [Fact]
        public void A_corrupted_session_file_is_one_SessionFileInvalid_error_and_no_session()
        {
            // Property: importing a session file that was cut short or had one byte changed either gives a whole
            // session and no error, or no output at all and exactly one BedrockPS.SessionFileInvalid error
            // (InvalidData, the path as its target); a session imported before it is left as it was.
            string goodPath = Path.Combine(folder, "good.json");
            byte[] good = Export();
            File.WriteAllBytes(goodPath, good);
            powerShell.Set("goodPath", goodPath);
            powerShell.Run("$before = Import-BedrockSession -Path $goodPath");

            Gen.Select(Gen.Bool, Gen.Int[0, int.MaxValue], Gen.Byte).Sample((cut, where, value) =>
            {
                byte[] bad = good.ToArray();
                int at = where % bad.Length;
                if (cut)
                {
                    bad = bad.Take(at).ToArray();
                }
                else
                {
                    bad[at] = value;
                }
                string path = Path.Combine(folder, "bad.json");
                File.WriteAllBytes(path, bad);
                powerShell.Set("badPath", path);

                var result = powerShell.Run("Import-BedrockSession -Path $badPath");

                if (result.Errors.Count == 0)
                {
                    Assert.IsType<ChatSession>(Assert.Single(result.Output));
                }
                else
                {
                    Assert.Empty(result.Output);
                    ErrorRecord error = Assert.Single(result.Errors);
                    Assert.Equal("BedrockPS.SessionFileInvalid", error.FullyQualifiedErrorId.Split(',')[0]);
                    Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
                    Assert.Equal(path, error.TargetObject);
                }
                var before = Assert.IsType<ChatSession>(powerShell.Get("before") is PSObject wrapped ? wrapped.BaseObject : powerShell.Get("before"));
                Assert.Equal(4, before.Conversation.Messages.Count);
            }, iter: 150, threads: 1);
        }

        private static byte[] Export()
        {
            var conversation = new Conversation("us.anthropic.claude-haiku-4-5-20251001-v1:0", "Be brief ✓");
            var history = new List<Message>();
            for (int i = 0; i < 2; i++)
            {
                history.Add(new Message { Role = "user", Content = { ContentBlock.FromText("question " + i + " äß") } });
                history.Add(new Message { Role = "assistant", Content = { ContentBlock.FromText("answer " + i) } });
            }
            conversation.ReplaceMessages(history);
            using var stream = new MemoryStream();
            SessionFileWriter.Write(conversation, stream);
            return stream.ToArray();
        }
    }
}
