using System.Collections;
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

        /// <summary>The system prompt sent with every turn.</summary>
        [Parameter]
        [Alias("SystemPrompt")]
        [ValidateNotNullOrEmpty]
        public string? System { get; set; }

        /// <summary>The most tokens an answer may have (1 or more).</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int? MaxTokens { get; set; }

        /// <summary>Randomness of the answers, from 0 to 1.</summary>
        [Parameter]
        [ValidateRange(0.0, 1.0)]
        public float? Temperature { get; set; }

        /// <summary>Nucleus sampling: the share of probability mass considered, from 0 to 1.</summary>
        [Parameter]
        [ValidateRange(0.0, 1.0)]
        public float? TopP { get; set; }

        /// <summary>Texts that end an answer when the model writes them.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? StopSequence { get; set; }

        /// <summary>Tools made with New-BedrockTool, offered to the model on every turn.</summary>
        [Parameter]
        [ValidateNotNull]
        public ToolDefinition[]? Tool { get; set; }

        /// <summary>The JSON Schema every answer of the session must follow (hashtable, JSON text, .json path or class).</summary>
        [Parameter]
        [ValidateNotNull]
        public object? JsonSchema { get; set; }

        /// <summary>How the session's schema is sent: Auto, Native or Tool.</summary>
        [Parameter]
        [ValidateSet("Auto", "Native", "Tool", IgnoreCase = true)]
        public string StructuredOutputMode { get; set; } = "Auto";

        /// <summary>The service tier of every turn (Default, Priority, Flex, Reserved) unless a call gives its own.</summary>
        [Parameter]
        [ValidateSet("Default", "Priority", "Flex", "Reserved", IgnoreCase = true)]
        public string? ServiceTier { get; set; }

        /// <summary>Standard or Optimized latency for every turn unless the call gives one (Optimized only on models that offer it).</summary>
        [Parameter]
        [ValidateSet("Standard", "Optimized", IgnoreCase = true)]
        public string? Latency { get; set; }

        /// <summary>How much effort the model spends on every turn (outputConfig.effort: low, medium, high, ...; at most 16 characters) unless the call gives one.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Effort { get; set; }

        /// <summary>Puts a cache point after the system prompt of every turn, so later turns read it at the cache price.</summary>
        [Parameter]
        public SwitchParameter CacheSystemPrompt { get; set; }

        /// <summary>Puts a cache point after the tool list of every turn.</summary>
        [Parameter]
        public SwitchParameter CacheTools { get; set; }

        /// <summary>How long the cache points of the session live: 5m or 1h. Without it, Set-BedrockConfiguration -DefaultCacheTtl applies, then the service's 5 minutes.</summary>
        [Parameter]
        [ValidateSet("5m", "1h", IgnoreCase = true)]
        public string? CacheTtl { get; set; }

        /// <summary>String pairs recorded with every call of the session in the invocation logs (at most 16); a call's own pairs replace these key by key.</summary>
        [Parameter]
        [ValidateNotNull]
        public IDictionary? RequestMetadata { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            var conversation = new Conversation(ModelId, System);
            if (MyInvocation.BoundParameters.ContainsKey(nameof(StructuredOutputMode)) && JsonSchema == null)
            {
                ThrowTerminatingError(Infrastructure.ErrorRecordFactory.InvalidInput("-StructuredOutputMode says how -JsonSchema is sent and needs -JsonSchema.", StructuredOutputMode));
            }
            try
            {
                conversation.Defaults = Sessions.SessionDefaultsBinder.Build(SessionState.Path.GetUnresolvedProviderPathFromPSPath, JsonSchema, StructuredOutputMode,
                    ServiceTier, Latency, Effort, CacheSystemPrompt.IsPresent, CacheTools.IsPresent, CacheTtl, RequestMetadata);
            }
            catch (global::System.ArgumentException ex)
            {
                // LocalInputException (a bad schema) and InvalidRequestException (a bad value) are both ArgumentExceptions.
                ThrowTerminatingError(Infrastructure.ErrorRecordFactory.FromException(ex, (object?)JsonSchema ?? ex.ParamName));
            }
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
