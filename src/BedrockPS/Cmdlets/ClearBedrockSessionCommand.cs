using System.Management.Automation;

namespace BedrockPS.Cmdlets
{
    /// <summary>Clear-BedrockSession: forgets a session's messages and totals; model, system prompt, settings and tools stay.</summary>
    [Cmdlet(VerbsCommon.Clear, "BedrockSession", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ChatSession))]
    public sealed class ClearBedrockSessionCommand : PSCmdlet
    {
        /// <summary>The session to clear, from New-BedrockSession, Import-BedrockSession or the Session property of a result.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNull]
        public ChatSession? Session { get; set; }

        /// <summary>Writes the cleared session to the pipeline.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            ChatSession session = Session!;
            string target = $"session with {session.ModelId ?? "no model"} ({session.Conversation.MessageCount} messages, {session.Turns} turns)";
            if (ShouldProcess(target, "Clear the history"))
            {
                session.Conversation.Clear();
            }

            if (PassThru)
            {
                WriteObject(session);
            }
        }
    }
}
