using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Text;
using System.Text.Json;
using BedrockPS.Completion;
using BedrockPS.Conversion;
using BedrockPS.Core;
using BedrockPS.Core.Models;
using BedrockPS.Infrastructure;

namespace BedrockPS.Cmdlets
{
    /// <summary>
    /// Counts the input tokens a prompt, a whole session or a native request body would use (CountTokens),
    /// without running the model.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Measure, "BedrockToken", DefaultParameterSetName = MessageSet)]
    [OutputType(typeof(TokenCount))]
    public sealed class MeasureBedrockTokenCommand : BedrockCmdlet
    {
        private const string MessageSet = "Message";
        private const string SessionSet = "Session";
        private const string BodySet = "Body";

        /// <summary>The model whose tokenizer counts. When left out: the session's model, then <c>Set-BedrockConfiguration -DefaultModelId</c>.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = MessageSet)]
        [Parameter(Position = 0, Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = BodySet)]
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = SessionSet)]
        [ArgumentCompleter(typeof(ModelIdCompleter))]
        public string? ModelId { get; set; }

        /// <summary>The prompt to measure. Binds from the pipeline and from a <c>Message</c>, <c>Prompt</c> or <c>Text</c> property.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = MessageSet)]
        [Alias("Prompt", "Text")]
        [AllowEmptyString]
        public string Message { get; set; } = string.Empty;

        /// <summary>A system prompt measured with the prompt.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = MessageSet)]
        [Alias("SystemPrompt")]
        public string? System { get; set; }

        /// <summary>Counts the whole history and system prompt of a session.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = SessionSet)]
        public ChatSession? Session { get; set; }

        /// <summary>A model-native InvokeModel body (hashtable, PSCustomObject, JSON text or bytes).</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = BodySet)]
        public object? Body { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            object? input = ParameterSetName == SessionSet ? Session : ParameterSetName == BodySet ? Body : (object)Message;
            try
            {
                string modelId = ResolveModelId();
                WriteLifecycleWarning(modelId);
                CountTokensRequest request = BuildRequest();
                IBedrockService service = GetService();
                CountTokensResponse response = RunOnPump(ct => service.CountTokensAsync(modelId, request, ct));
                WriteVerbose(modelId + ": request id " + (response.RequestId ?? "(none)") + ", " + response.InputTokens + " input tokens");
                WriteObject(new TokenCount(modelId, response.InputTokens, input));
            }
            catch (Exception ex) when (!IsStop(ex))
            {
                WriteMappedError(ex, input);
            }
        }

        private string ResolveModelId()
        {
            string? modelId = !string.IsNullOrWhiteSpace(ModelId) ? ModelId!.Trim()
                : Session?.ModelId ?? Configuration.ConfigurationRegistry.Current.DefaultModelId;
            if (string.IsNullOrWhiteSpace(modelId))
                throw LocalInputException.InvalidInput("No model id: pass -ModelId (see Get-BedrockModel) or set one with Set-BedrockConfiguration -DefaultModelId.", "ModelId");
            return modelId!;
        }

        private CountTokensRequest BuildRequest()
        {
            switch (ParameterSetName)
            {
                case SessionSet:
                    var conversation = Session!.Conversation;
                    var messages = new List<Message>(conversation.Messages);
                    if (messages.Count == 0)
                        throw LocalInputException.InvalidInput("The session has no messages to count yet.", "Session");
                    var fromSession = new ConverseRequest { Messages = messages };
                    if (!string.IsNullOrEmpty(conversation.System)) fromSession.System = new List<SystemContentBlock> { SystemContentBlock.FromText(conversation.System!) };
                    return CountTokensRequest.FromConverse(fromSession);
                case BodySet:
                    return CountTokensRequest.FromInvokeModelBody(BodyBytes(Body));
                default:
                    if (string.IsNullOrWhiteSpace(Message))
                        throw LocalInputException.InvalidInput("The prompt is empty; give the text to count with -Message.", "Message");
                    var request = new ConverseRequest
                    {
                        Messages = new List<Message> { new Message { Role = "user", Content = new List<ContentBlock> { ContentBlock.FromText(Message) } } },
                    };
                    if (!string.IsNullOrWhiteSpace(System)) request.System = new List<SystemContentBlock> { SystemContentBlock.FromText(System!) };
                    return CountTokensRequest.FromConverse(request);
            }
        }

        private static byte[] BodyBytes(object? body)
        {
            if (body is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject)) body = wrapped.BaseObject;
            switch (body)
            {
                case null:
                    throw LocalInputException.InvalidInput("-Body is empty.", "Body");
                case byte[] bytes:
                    return bytes;
                case string text:
                    try
                    {
                        using (JsonDocument.Parse(text)) { }
                    }
                    catch (JsonException ex)
                    {
                        throw LocalInputException.InvalidInput("-Body is not valid JSON: " + ex.Message, "Body");
                    }
                    return Encoding.UTF8.GetBytes(text);
                default:
                    return PowerShellToJson.ToUtf8(body);
            }
        }
    }
}
