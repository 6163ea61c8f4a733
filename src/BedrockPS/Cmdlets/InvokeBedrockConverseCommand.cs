using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Text.Json;
using BedrockPS.Attachments;
using BedrockPS.Configuration;
using BedrockPS.Conversion;
using BedrockPS.Converse;
using BedrockPS.Core;
using BedrockPS.Core.Conversations;
using BedrockPS.Core.Models;
using BedrockPS.Core.Usage;
using BedrockPS.Completion;
using BedrockPS.Infrastructure;
using BedrockPS.Tools;

namespace BedrockPS.Cmdlets
{
    /// <summary>
    /// Sends a prompt to a Bedrock model through the Converse API and writes the answer as a ConverseResult.
    /// Streams with -Stream, continues a -Session, runs PowerShell tools, and runs pipelines of prompts
    /// (CSV rows) with up to -ThrottleLimit requests in flight, results in input order.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "BedrockConverse", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ConverseResult))]
    public sealed class InvokeBedrockConverseCommand : BedrockCmdlet
    {
        /// <summary>Bedrock's largest request body (the InvokeModel limit); a longer prompt is refused before sending.</summary>
        internal const int MaxPromptBytes = 25000000;

        private int _recordIndex;
        private bool _messageFromCommandLine;
        private ConverseBatch? _batch;
        private StreamTextWriter? _streamWriter;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Prompt", "Text")]
        [AllowEmptyString]
        public string Message { get; set; } = string.Empty;

        /// <summary>The whole pipeline object (a CSV row, ...), kept so each result can carry its Input.</summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject? InputObject { get; set; }

        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("InferenceProfileId")]
        [ArgumentCompleter(typeof(ModelIdCompleter))]
        [EmptyAsNull]
        public string? ModelId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("SystemPrompt")]
        [EmptyAsNull]
        public string? System { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string[]? Image { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string[]? Document { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public int? MaxTokens { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public float? Temperature { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public float? TopP { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string[]? StopSequence { get; set; }

        /// <summary>Model-specific request fields (hashtable or JSON text), sent as additionalModelRequestFields.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public object? AdditionalModelRequestField { get; set; }

        [Parameter]
        public ToolDefinition[]? Tool { get; set; }

        /// <summary>auto, any, or the name of one tool the model must use.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(ToolChoiceCompleter))]
        [EmptyAsNull]
        public string? ToolChoice { get; set; }

        [Parameter]
        public ToolInvocationMode InvokeTool { get; set; } = ToolInvocationMode.None;

        [Parameter]
        [ValidateRange(0, 100)]
        public int MaxToolRounds { get; set; } = 8;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? GuardrailIdentifier { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? GuardrailVersion { get; set; }

        [Parameter]
        [ValidateSet("enabled", "disabled", "enabled_full", IgnoreCase = true)]
        public string? GuardrailTrace { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public ChatSession? Session { get; set; }

        [Parameter]
        public SwitchParameter Stream { get; set; }

        /// <summary>Requests in flight at once when prompts come from the pipeline (default 1).</summary>
        [Parameter]
        [ValidateRange(1, 256)]
        public int ThrottleLimit { get; set; } = 1;

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            // Only command-line parameters are bound at this point.
            _messageFromCommandLine = MyInvocation.BoundParameters.ContainsKey(nameof(Message));
            if (Stream.IsPresent && ThrottleLimit > 1)
            {
                ThrowTerminatingError(ErrorRecordFactory.InvalidInput(
                    "-Stream shows one answer as it is written and cannot be combined with -ThrottleLimit greater than 1; drop one of them.", null));
            }
            if (Stream.IsPresent) _streamWriter = new StreamTextWriter(this, Pump);
        }

        protected override void ProcessRecord()
        {
            int index = _recordIndex++;
            object? input = CurrentInput();
            ConverseCall call;
            try
            {
                call = Prepare(index, input);
            }
            catch (Exception ex) when (!IsStop(ex))
            {
                call = ConverseCall.Refused(index, input, ex);
            }

            if (ThrottleLimit > 1)
            {
                _batch ??= new ConverseBatch(this, Pump, ThrottleLimit, CancellationToken);
                _batch.Add(call);
                return;
            }

            if (call.Refusal != null)
            {
                WriteRowError(call.Refusal, input);
                return;
            }
            try
            {
                // A resolved client with keys in memory has nothing to block on before the request is on the wire.
                bool startHere = call.Service is BedrockClient client && client.StartsWithoutBlocking;
                ConversationOutcome outcome = RunOnPump(ct => call.RunAsync(new ConversationRunner(), ct), startHere);
                _streamWriter?.Finish();
                WriteResult(call, outcome);
            }
            catch (Exception ex) when (!IsStop(ex))
            {
                _streamWriter?.Finish();
                WriteRowError(ex, input);
            }
        }

        protected override void EndProcessing()
        {
            try
            {
                _batch?.Complete();
            }
            finally
            {
                _batch?.Dispose();
                base.EndProcessing();
            }
        }

        /// <summary>Records the usage, reports it verbosely and writes the result. Pipeline thread only.</summary>
        internal void WriteResult(ConverseCall call, ConversationOutcome outcome)
        {
            TokenUsage usage = outcome.Usage;
            UsageTally.Record(outcome.ModelId, usage.InputTokens, usage.OutputTokens,
                usage.CacheReadInputTokens ?? 0, usage.CacheWriteInputTokens ?? 0, outcome.Rounds);
            WriteVerbose(string.Format(CultureInfo.InvariantCulture,
                "{0}: request id {1}, {2} attempt(s), {3} round(s), latency {4} ms, tokens in {5} / out {6} / total {7}, stop reason {8}",
                outcome.ModelId, outcome.RequestId ?? "(none)", Math.Max(1, outcome.Final.Attempts), outcome.Rounds,
                outcome.LatencyMs, usage.InputTokens, usage.OutputTokens, usage.TotalTokens, outcome.StopReason ?? "(none)"));
            if (outcome.ToolRoundLimitReached)
            {
                WriteWarning("The model still asked for tools after " + MaxToolRounds.ToString(CultureInfo.InvariantCulture) +
                             " tool rounds; raise -MaxToolRounds to let it go on.");
            }
            WriteObject(ConverseResultFactory.Create(outcome, call.Session, call.Input));
        }

        /// <summary>
        /// One non-terminating error per failed row. With pipeline input, a configuration error that would fail
        /// every remaining row (no credentials, bad signature, ...) stops the pipeline instead of repeating itself.
        /// </summary>
        internal void WriteRowError(Exception exception, object? input)
        {
            ErrorRecord record = ErrorRecordFactory.FromException(exception, input);
            if (MyInvocation.ExpectingInput && exception is BedrockServiceException service && FailsEveryRequest(service.ErrorCode))
            {
                ThrowTerminatingError(record);
            }
            WriteError(record);
        }

        private static bool FailsEveryRequest(string errorCode)
        {
            switch (errorCode)
            {
                case BedrockErrorCodes.NoCredentials:
                case BedrockErrorCodes.NoRegion:
                case BedrockErrorCodes.InvalidEndpoint:
                case BedrockErrorCodes.InsecureBearerEndpoint:
                case BedrockErrorCodes.UnrecognizedClient:
                case BedrockErrorCodes.InvalidSignature:
                case BedrockErrorCodes.ExpiredToken:
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>The pipeline object being answered, or the message itself when it came from the command line.</summary>
        private object? CurrentInput()
        {
            if (InputObject == null) return Message;
            return InputObject.BaseObject is PSCustomObject ? InputObject : InputObject.BaseObject;
        }

        /// <summary>Checks local input and builds the request; throws LocalInputException before anything is sent.</summary>
        private ConverseCall Prepare(int index, object? input)
        {
            if (!_messageFromCommandLine && InputObject != null && !IsScalar(InputObject.BaseObject) && !HasPromptProperty(InputObject))
            {
                // PowerShell would otherwise turn the whole object into text ("@{Id=1; Question=...}") and send that.
                throw LocalInputException.InvalidInput(
                    "The input object has no Message, Prompt or Text property (CSV column) to send; rename the column, or give -Message.", "Message");
            }
            if (string.IsNullOrWhiteSpace(Message))
                throw LocalInputException.InvalidInput("The prompt is empty; give the text to send with -Message.", "Message");
            if (Message.Length > MaxPromptBytes / 4 && global::System.Text.Encoding.UTF8.GetByteCount(Message) > MaxPromptBytes)
            {
                throw LocalInputException.InvalidInput(
                    "The prompt is larger than Bedrock accepts (" + MaxPromptBytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes); shorten it or send the text as -Document.", "Message");
            }

            // A session piped in by itself ($session | Invoke-BedrockConverse 'next') is continued.
            ChatSession? session = Session ?? InputObject?.BaseObject as ChatSession;
            string? modelId = !string.IsNullOrWhiteSpace(ModelId) ? ModelId!.Trim()
                : session?.ModelId ?? ConfigurationRegistry.Current.DefaultModelId;
            if (string.IsNullOrWhiteSpace(modelId))
            {
                throw LocalInputException.InvalidInput(
                    "No model id: pass -ModelId (see Get-BedrockModel), use a -Session that has one, or set a default with Set-BedrockConfiguration -DefaultModelId.",
                    "ModelId");
            }
            WriteLifecycleWarning(modelId);

            var content = new List<ContentBlock>();
            if (Image != null && Image.Length > 0) content.AddRange(AttachmentLoader.LoadImages(ResolvePaths(Image, "Image")));
            if (Document != null && Document.Length > 0) content.AddRange(AttachmentLoader.LoadDocuments(ResolvePaths(Document, "Document")));
            content.Add(ContentBlock.FromText(Message));

            var request = new ConverseRequest
            {
                InferenceConfig = BuildInferenceConfig(),
                GuardrailConfig = BuildGuardrailConfig(),
            };
            if (!string.IsNullOrWhiteSpace(System)) request.System = new List<SystemContentBlock> { SystemContentBlock.FromText(System!) };
            if (AdditionalModelRequestField != null) request.AdditionalModelRequestFields = ToJsonObject(AdditionalModelRequestField, "AdditionalModelRequestField");

            List<ConversationTool>? tools = null;
            if (Tool != null && Tool.Length > 0)
            {
                tools = new List<ConversationTool>(Tool.Length);
                foreach (ToolDefinition definition in Tool) tools.Add(definition.Tool);
            }
            Core.Models.ToolChoice? choice = BuildToolChoice();
            if (choice != null)
            {
                if (tools == null && (session?.Conversation.Tools.Count ?? 0) == 0)
                    throw LocalInputException.InvalidInput("-ToolChoice needs tools: pass -Tool or use a session that has tools.", "ToolChoice");
                request.ToolConfig = new ToolConfiguration { ToolChoice = choice };
            }

            var conversation = new ConversationInput
            {
                ModelId = modelId,
                Session = session?.Conversation,
                Message = new Message { Role = "user", Content = content },
                RequestTemplate = request,
                Tools = tools,
                Stream = Stream.IsPresent,
                OnStreamEvent = _streamWriter != null ? _streamWriter.OnEvent : (Action<ConverseStreamEvent>?)null,
                MaxToolRounds = MaxToolRounds,
            };
            if (InvokeTool != ToolInvocationMode.None)
            {
                conversation.ToolInvoker = new PowerShellToolInvoker(this, Pump, ConversationRunner.EffectiveTools(conversation), InvokeTool);
            }
            return ConverseCall.Ready(index, input, GetService(), conversation, session);
        }

        private static bool IsScalar(object value) => value is string || value is char || value.GetType().IsPrimitive || value is decimal;

        private static bool HasPromptProperty(PSObject input) =>
            input.Properties[nameof(Message)] != null || input.Properties["Prompt"] != null || input.Properties["Text"] != null;

        private InferenceConfiguration? BuildInferenceConfig()
        {
            if (MaxTokens.HasValue && MaxTokens.Value < 1)
                throw LocalInputException.InvalidInput("-MaxTokens must be 1 or more; got " + MaxTokens.Value.ToString(CultureInfo.InvariantCulture) + ".", "MaxTokens");
            if (Temperature.HasValue && (Temperature.Value < 0 || Temperature.Value > 1 || float.IsNaN(Temperature.Value)))
                throw LocalInputException.InvalidInput("-Temperature must be between 0 and 1; got " + Temperature.Value.ToString(CultureInfo.InvariantCulture) + ".", "Temperature");
            if (TopP.HasValue && (TopP.Value < 0 || TopP.Value > 1 || float.IsNaN(TopP.Value)))
                throw LocalInputException.InvalidInput("-TopP must be between 0 and 1; got " + TopP.Value.ToString(CultureInfo.InvariantCulture) + ".", "TopP");
            if (StopSequence != null && StopSequence.Length > 2500)
                throw LocalInputException.InvalidInput("Bedrock accepts at most 2500 stop sequences.", "StopSequence");
            if (!MaxTokens.HasValue && !Temperature.HasValue && !TopP.HasValue && (StopSequence == null || StopSequence.Length == 0)) return null;
            return new InferenceConfiguration
            {
                MaxTokens = MaxTokens,
                Temperature = Temperature,
                TopP = TopP,
                StopSequences = StopSequence != null && StopSequence.Length > 0 ? new List<string>(StopSequence) : null,
            };
        }

        private GuardrailConfiguration? BuildGuardrailConfig()
        {
            bool hasId = !string.IsNullOrWhiteSpace(GuardrailIdentifier);
            bool hasVersion = !string.IsNullOrWhiteSpace(GuardrailVersion);
            if (!hasId && !hasVersion)
            {
                if (GuardrailTrace != null)
                    throw LocalInputException.InvalidInput("-GuardrailTrace needs -GuardrailIdentifier and -GuardrailVersion.", "GuardrailTrace");
                return null;
            }
            if (hasId != hasVersion)
                throw LocalInputException.InvalidInput("-GuardrailIdentifier and -GuardrailVersion go together; give both (the version is DRAFT or a number).", "GuardrailVersion");
            return new GuardrailConfiguration
            {
                GuardrailIdentifier = GuardrailIdentifier!.Trim(),
                GuardrailVersion = GuardrailVersion!.Trim(),
                Trace = GuardrailTrace?.ToLowerInvariant(),
            };
        }

        private Core.Models.ToolChoice? BuildToolChoice()
        {
            if (string.IsNullOrWhiteSpace(ToolChoice)) return null;
            string value = ToolChoice!.Trim();
            if (string.Equals(value, "auto", StringComparison.OrdinalIgnoreCase)) return Core.Models.ToolChoice.ForAuto();
            if (string.Equals(value, "any", StringComparison.OrdinalIgnoreCase)) return Core.Models.ToolChoice.ForAny();
            return Core.Models.ToolChoice.ForTool(value);
        }

        private static JsonElement ToJsonObject(object value, string parameter)
        {
            JsonElement element;
            try
            {
                element = PowerShellToJson.ParseOrConvert(value);
            }
            catch (JsonException ex)
            {
                throw LocalInputException.InvalidInput("-" + parameter + " is not valid JSON: " + ex.Message, parameter);
            }
            if (element.ValueKind != JsonValueKind.Object)
                throw LocalInputException.InvalidInput("-" + parameter + " must be a hashtable or a JSON object.", parameter);
            return element;
        }

        private List<string> ResolvePaths(IEnumerable<string> paths, string parameter)
        {
            var resolved = new List<string>();
            foreach (string path in paths)
            {
                if (string.IsNullOrWhiteSpace(path)) continue;
                string full = SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);
                if (!global::System.IO.File.Exists(full)) throw LocalInputException.FileNotFound(path, parameter);
                resolved.Add(full);
            }
            return resolved;
        }
    }
}
