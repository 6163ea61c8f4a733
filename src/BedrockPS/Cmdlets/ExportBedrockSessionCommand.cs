using System;
using System.IO;
using System.Management.Automation;
using BedrockPS.Core.Conversations.Persistence;
using BedrockPS.Infrastructure;

namespace BedrockPS.Cmdlets
{
    /// <summary>
    /// Export-BedrockSession: saves a session as a versioned JSON file, atomically (a temporary file renamed over the
    /// target). Only the conversation is written: never credentials, keys or endpoints.
    /// </summary>
    [Cmdlet(VerbsData.Export, "BedrockSession", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(FileInfo))]
    public sealed class ExportBedrockSessionCommand : PSCmdlet
    {
        internal const string FileExistsId = "BedrockPS.FileExists";

        /// <summary>The session to save.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNull]
        public ChatSession? Session { get; set; }

        /// <summary>The file to write. Relative paths start from the current location; the folder must exist.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string? Path { get; set; }

        /// <summary>Replace the file if it exists.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Writes the saved file's FileInfo to the pipeline.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            string fullPath = SessionPaths.Resolve(this, Path!);
            bool exists = File.Exists(fullPath);
            if (exists && !Force)
            {
                var refused = new LocalInputException(FileExistsId, ErrorCategory.ResourceExists,
                    $"The file '{fullPath}' already exists. Use -Force to replace it.");
                WriteError(ErrorRecordFactory.FromException(refused, fullPath));
                return;
            }

            if (!ShouldProcess(fullPath, exists ? "Replace with the session" : "Save the session"))
            {
                return;
            }

            try
            {
                SessionFileWriter.Save(Session!.Conversation, fullPath, overwrite: Force);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                WriteError(ErrorRecordFactory.FromException(ex, fullPath));
                return;
            }

            if (PassThru)
            {
                WriteObject(new FileInfo(fullPath));
            }
        }
    }
}
