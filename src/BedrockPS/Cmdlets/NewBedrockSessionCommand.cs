using System.Linq;
using System.Management.Automation;
using BedrockPS.Completion;
using BedrockPS.Core.Conversations;
using BedrockPS.Core.Models;

namespace BedrockPS.Cmdlets
{
    /// <summary>New-BedrockSession: starts an empty conversation to pass to Invoke-BedrockConverse -Session or Enter-BedrockChat.</summary>
    [Cmdlet(VerbsCommon.New, "BedrockSession")]
    [OutputType(typeof(ChatSession))]
    public sealed class NewBedrockSessionCommand : PSCmdlet
    {
        /// <summary>The model the session talks to (a model id, inference profile id or ARN).</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ModelIdCompleter))]
        public string? ModelId { get; set; }

        [Parameter]
        [Alias("SystemPrompt")]
        [ValidateNotNullOrEmpty]
        public string? System { get; set; }

        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int? MaxTokens { get; set; }

        [Parameter]
        [ValidateRange(0.0, 1.0)]
        public float? Temperature { get; set; }

        [Parameter]
        [ValidateRange(0.0, 1.0)]
        public float? TopP { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? StopSequence { get; set; }

        /// <summary>Tools made with New-BedrockTool, offered to the model on every turn.</summary>
        [Parameter]
        [ValidateNotNull]
        public ToolDefinition[]? Tool { get; set; }

        protected override void ProcessRecord()
        {
            var conversation = new Conversation(ModelId, System);
            if (MaxTokens.HasValue || Temperature.HasValue || TopP.HasValue || StopSequence != null)
            {
                conversation.InferenceConfig = new InferenceConfiguration
                {
                    MaxTokens = MaxTokens,
                    Temperature = Temperature,
                    TopP = TopP,
                    StopSequences = StopSequence?.ToList(),
                };
            }

            foreach (ToolDefinition tool in Tool ?? global::System.Array.Empty<ToolDefinition>())
            {
                if (conversation.Tools.Any(t => t.Name == tool.Name))
                {
                    ThrowTerminatingError(Infrastructure.ErrorRecordFactory.InvalidInput($"Two tools are named '{tool.Name}'; tool names must be unique.", tool));
                }

                conversation.SetTool(tool.Tool);
            }

            WriteObject(ChatSession.For(conversation));
        }
    }
}
