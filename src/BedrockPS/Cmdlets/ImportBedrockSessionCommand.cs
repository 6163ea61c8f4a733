using System;
using System.IO;
using System.Management.Automation;
using BedrockPS.Core.Conversations;
using BedrockPS.Core.Conversations.Persistence;
using BedrockPS.Infrastructure;

namespace BedrockPS.Cmdlets
{
    /// <summary>
    /// Import-BedrockSession: reads a session file written by Export-BedrockSession. The file is checked whole before a
    /// session is built; a bad file is one BedrockPS.SessionFileInvalid error. Tools that came from a command are
    /// bound again to the command of that name when it exists in this PowerShell session.
    /// </summary>
    [Cmdlet(VerbsData.Import, "BedrockSession")]
    [OutputType(typeof(ChatSession))]
    public sealed class ImportBedrockSessionCommand : PSCmdlet
    {
        /// <summary>The session file to read. Relative paths start from the current location.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("FullName")]
        [ValidateNotNullOrEmpty]
        public string? Path { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            string fullPath = SessionPaths.Resolve(this, Path!);
            if (!File.Exists(fullPath))
            {
                WriteError(ErrorRecordFactory.FileNotFound(fullPath, fullPath));
                return;
            }

            Conversation conversation;
            try
            {
                conversation = SessionFileReader.Load(fullPath);
            }
            catch (SessionFileException ex)
            {
                WriteError(ErrorRecordFactory.SessionFileInvalid(fullPath, ex.Reason, ex));
                return;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                WriteError(ErrorRecordFactory.FromException(ex, fullPath));
                return;
            }

            foreach (ConversationTool tool in conversation.Tools)
            {
                if (string.IsNullOrEmpty(tool.CommandName))
                {
                    continue;
                }

                CommandInfo? command = InvokeCommand.GetCommand(tool.CommandName, CommandTypes.Function | CommandTypes.Cmdlet | CommandTypes.ExternalScript | CommandTypes.Filter);
                if (command == null)
                {
                    WriteWarning($"The tool '{tool.Name}' runs the command '{tool.CommandName}', which is not available in this session; the model can still ask for it but it will not run.");
                }

                conversation.SetTool(tool.WithTag(command));
            }

            WriteObject(ChatSession.For(conversation));
        }
    }
}
