using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Text.Json;
using System.Threading.Tasks;
using BedrockPS.Configuration;
using BedrockPS.Conversion;
using BedrockPS.Converse;
using BedrockPS.Core;
using BedrockPS.Core.Conversations;
using BedrockPS.Core.Models;
using BedrockPS.Core.Requests;
using BedrockPS.Core.StructuredOutput;
using BedrockPS.StructuredOutput;
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
        private const int ProgressActivityId = 7341;

        private bool _messageFromCommandLine;
        private ConversePipeline? _pipeline;
        private IBedrockService? _service;
        private StreamTextWriter? _streamWriter;
        private int _rowsWritten;
        private StructuredOutputSpec? _structuredOutput;

        /// <summary>The prompt: the text of the user turn. Binds from piped strings and from a <c>Message</c>, <c>Prompt</c> or <c>Text</c> property or CSV column; a blank prompt is refused before sending.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Prompt", "Text")]
        [AllowEmptyString]
        public string Message { get; set; } = string.Empty;

        /// <summary>The whole pipeline object (a CSV row, ...), kept so each result can carry its Input.</summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject? InputObject { get; set; }

        /// <summary>The model to call: a foundation model id, an inference profile id (<c>us.</c>, <c>eu.</c>, <c>global.</c> ...; newer models answer only through one) or an ARN.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("InferenceProfileId")]
        [ArgumentCompleter(typeof(ModelIdCompleter))]
        [EmptyAsNull]
        public string? ModelId { get; set; }

        /// <summary>A system prompt: instructions that frame the conversation. With a session, it replaces the session's system prompt for this call.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("SystemPrompt")]
        [EmptyAsNull]
        public string? System { get; set; }

        /// <summary>Paths of images to send with the prompt (png, jpeg, gif or webp, at most 3.75 MB each, at most 20). The format comes from the extension and the content must match it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string[]? Image { get; set; }

        /// <summary>Paths of documents to send with the prompt (pdf, csv, doc, docx, xls, xlsx, html, txt or md; at most 4.5 MB each, at most 5).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string[]? Document { get; set; }

        /// <summary>The most tokens the answer may use (1 or more). A cut answer has the stop reason <c>max_tokens</c>.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public int? MaxTokens { get; set; }

        /// <summary>Randomness of the answer, from 0 (most predictable) to 1. Values outside 0..1 are refused before sending.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public float? Temperature { get; set; }

        /// <summary>Nucleus sampling: the share of probability mass the model picks from, from 0 to 1.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public float? TopP { get; set; }

        /// <summary>Texts that end the answer when the model writes them (stop reason <c>stop_sequence</c>).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string[]? StopSequence { get; set; }

        /// <summary>Model-specific request fields (hashtable or JSON text), sent as additionalModelRequestFields.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public object? AdditionalModelRequestField { get; set; }

        /// <summary>Tools the model may ask for, from <c>New-BedrockTool</c>. They are offered on top of the session's tools.</summary>
        [Parameter]
        public ToolDefinition[]? Tool { get; set; }

        /// <summary>auto, any, or the name of one tool the model must use.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(ToolChoiceCompleter))]
        [EmptyAsNull]
        public string? ToolChoice { get; set; }

        /// <summary>Whether the commands behind requested tools run: <c>None</c> (the default; requests are returned in <c>ToolUse</c>), <c>Auto</c> (run them and send their output back until the model ends its turn) or <c>Confirm</c> (ask before each run).</summary>
        [Parameter]
        public ToolInvocationMode InvokeTool { get; set; } = ToolInvocationMode.None;

        /// <summary>The most tool rounds of one call (default 8). When the model still asks for tools after that, a warning says so and the last answer is written.</summary>
        [Parameter]
        [ValidateRange(0, 100)]
        public int MaxToolRounds { get; set; } = 8;

        /// <summary>The id or ARN of a Bedrock guardrail to apply to the exchange. Needs <c>-GuardrailVersion</c>.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? GuardrailIdentifier { get; set; }

        /// <summary>The guardrail version: <c>DRAFT</c> or a version number.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? GuardrailVersion { get; set; }

        /// <summary>Whether the guardrail's trace is returned: <c>enabled</c>, <c>disabled</c> or <c>enabled_full</c>.</summary>
        [Parameter]
        [ValidateSet("enabled", "disabled", "enabled_full", IgnoreCase = true)]
        public string? GuardrailTrace { get; set; }

        /// <summary>A conversation from <c>New-BedrockSession</c> or <c>Import-BedrockSession</c> (or a result's <c>Session</c>): its history is sent, and the new exchange is appended only when the call succeeds.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public ChatSession? Session { get; set; }

        /// <summary>Writes the answer to the Information stream as it is generated, then the complete result. Cannot be combined with <c>-ThrottleLimit</c> above 1.</summary>
        [Parameter]
        public SwitchParameter Stream { get; set; }

        /// <summary>
        /// The JSON Schema the answer must follow: a hashtable or ordered dictionary, JSON text, the path of a .json file,
        /// or a PowerShell class ([type]). The result's Data holds the answer as objects.
        /// </summary>
        [Parameter]
        [ValidateNotNull]
        public object? JsonSchema { get; set; }

        /// <summary>How the schema is sent: Auto (native where the model takes it, a forced tool otherwise), Native or Tool.</summary>
        [Parameter]
        [ValidateSet("Auto", "Native", "Tool", IgnoreCase = true)]
        public string StructuredOutputMode { get; set; } = "Auto";

        /// <summary>With -JsonSchema: write one flat row per input (its columns, then the data's properties) for Export-Csv.</summary>
        [Parameter]
        public SwitchParameter Flatten { get; set; }

        /// <summary>The service tier to run on: <c>Default</c>, <c>Priority</c>, <c>Flex</c> or <c>Reserved</c>. The result's <c>ServiceTier</c> is the tier the service reports.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? ServiceTier { get; set; }

        /// <summary><c>Standard</c> or <c>Optimized</c> (latency-optimized inference, for the models that offer it).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? Latency { get; set; }

        /// <summary>How much effort the model spends (outputConfig.effort): low, medium, high, ...</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? Effort { get; set; }

        /// <summary>String pairs recorded with each call in the invocation logs (cost allocation).</summary>
        [Parameter]
        [ValidateNotNull]
        public System.Collections.IDictionary? RequestMetadata { get; set; }

        /// <summary>Cache the system prompt: later rows and turns with the same prefix read it at the cache price.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public SwitchParameter CacheSystemPrompt { get; set; }

        /// <summary>Cache the tool list with the prefix before it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public SwitchParameter CacheTools { get; set; }

        /// <summary>How long cached prefixes live: <c>5m</c> (the default) or <c>1h</c> (models that offer it).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string? CacheTtl { get; set; }

        // ServiceTier, Latency and CacheTtl bind from CSV cells and piped results, where a missing value is null: Core
        // checks their values (with an error naming the choices) instead of a ValidateSet that would refuse the null.

        /// <summary>Requests in flight at once when prompts come from the pipeline (default 1).</summary>
        [Parameter]
        [ValidateRange(1, 256)]
        public int ThrottleLimit { get; set; } = 1;

        /// <inheritdoc/>
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
            // A session given on the command line may carry the schema; one piped by property name is bound later.
            bool sessionSchema = Session?.Conversation.Defaults.StructuredOutput != null;
            if (Flatten.IsPresent && JsonSchema == null && !sessionSchema && !MyInvocation.ExpectingInput)
            {
                ThrowTerminatingError(ErrorRecordFactory.InvalidInput("-Flatten writes the data's properties as columns and needs -JsonSchema (or a -Session made with one).", null));
            }
            if (JsonSchema != null)
            {
                // Read and checked once for the whole pipeline: a bad schema fails before any row is sent.
                try
                {
                    JsonSchemaArgument schema = JsonSchemaArgument.From(JsonSchema, SessionState.Path.GetUnresolvedProviderPathFromPSPath);
                    _structuredOutput = new StructuredOutputSpec(schema.ServiceSchema, schema.Validator, schema.Name, schema.Description,
                        (Core.StructuredOutput.StructuredOutputMode)Enum.Parse(typeof(Core.StructuredOutput.StructuredOutputMode), StructuredOutputMode, ignoreCase: true));
                }
                catch (Exception ex) when (!IsStop(ex))
                {
                    ThrowTerminatingError(ErrorRecordFactory.FromException(ex, JsonSchema));
                }
            }
            if (Stream.IsPresent) _streamWriter = new StreamTextWriter(WriteInformation, Pump) { ShowToolInput = JsonSchema != null || sessionSchema };
        }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            object? input = CurrentInput();
            ConverseCallRequest request;
            Exception? refusal = null;
            try
            {
                request = Bind(input);
            }
            catch (Exception ex) when (!IsStop(ex))
            {
                request = new ConverseCallRequest { Input = input };
                refusal = ex;
            }

            if (refusal == null)
            {
                string? modelId = ModelIdOf(request);
                if (!ShouldProcess((modelId ?? "(no model)") + ": " + PromptExcerpt(request), Stream.IsPresent ? "ConverseStream" : "Converse")) return;
                WriteLifecycleWarning(modelId);
            }

            ConversePipeline pipeline;
            try
            {
                if (_pipeline == null)
                {
                    _service = GetService();
                    _pipeline = new ConversePipeline(_service, ThrottleLimit, CancellationToken);
                }
                pipeline = _pipeline;
            }
            catch (Exception ex) when (!IsStop(ex))
            {
                WriteRowError(ex, input);
                return;
            }

            if (ThrottleLimit > 1)
            {
                Write(RunOnPump(ct => pipeline.AddAsync(request, refusal)));
                ShowProgress(total: null);
                return;
            }

            if (refusal != null)
            {
                WriteRowError(refusal, input);
                return;
            }
            // A resolved client with keys in memory has nothing to block on before the request is on the wire.
            bool startHere = _service is BedrockClient client && client.StartsWithoutBlocking;
            ConverseRowResult result = RunOnPump(ct => pipeline.RunAsync(request), startHere);
            _streamWriter?.Finish();
            Write(result);
        }

        /// <inheritdoc/>
        protected override void EndProcessing()
        {
            try
            {
                ConversePipeline? pipeline = _pipeline;
                if (pipeline != null && ThrottleLimit > 1)
                {
                    int total = pipeline.Submitted;
                    ShowProgress(total);
                    PipelinePump pump = Pump;
                    RunOnPump(async ct =>
                    {
                        await foreach (ConverseRowResult result in pipeline.DrainAsync(ct).ConfigureAwait(false))
                        {
                            pump.Post(() =>
                            {
                                Write(result);
                                ShowProgress(total);
                            });
                        }
                        return true;
                    });
                    WriteProgress(new ProgressRecord(ProgressActivityId, "Invoke-BedrockConverse", "Done") { RecordType = ProgressRecordType.Completed });
                }
            }
            finally
            {
                base.EndProcessing();
            }
        }

        /// <inheritdoc/>
        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                // Every way the pipeline ends lands here: nothing in flight may go on sending.
                _pipeline?.Dispose();
                _pipeline = null;
            }
            base.Dispose(disposing);
        }

        private void Write(IReadOnlyList<ConverseRowResult> results)
        {
            foreach (ConverseRowResult result in results) Write(result);
        }

        /// <summary>Writes one row's answer, or its one non-terminating error. Pipeline thread only.</summary>
        private void Write(ConverseRowResult result)
        {
            _rowsWritten++;
            if (!result.Succeeded)
            {
                WriteRowError(result.Error!, result.Input);
                return;
            }
            ConversationOutcome outcome = result.Outcome!;
            TokenUsage usage = outcome.Usage;
            WriteVerbose(string.Format(CultureInfo.InvariantCulture,
                "{0}: request id {1}, {2} attempt(s), {3} round(s), latency {4} ms, tokens in {5} / out {6} / total {7}, stop reason {8}",
                outcome.ModelId, outcome.RequestId ?? "(none)", Math.Max(1, outcome.Final.Attempts), outcome.Rounds,
                outcome.LatencyMs, usage.InputTokens, usage.OutputTokens, usage.TotalTokens, outcome.StopReason ?? "(none)"));
            if (outcome.ToolRoundLimitReached)
            {
                WriteWarning("The model still asked for tools after " + MaxToolRounds.ToString(CultureInfo.InvariantCulture) +
                             " tool rounds; raise -MaxToolRounds to let it go on.");
            }
            if (Flatten.IsPresent && result.Data.HasValue)
            {
                WriteObject(FlatRow.Build(result.Input, result.Data.Value));
                return;
            }
            ChatSession? session = outcome.Session != null ? ChatSession.For(outcome.Session) : null;
            WriteObject(ConverseResultFactory.Create(outcome, session, result.Input, result.Data));
        }

        /// <summary>
        /// One non-terminating error per failed row. With pipeline input, a configuration error that would fail
        /// every remaining row (no credentials, bad signature, ...) stops the pipeline instead of repeating itself.
        /// </summary>
        private void WriteRowError(Exception exception, object? input)
        {
            ErrorRecord record = ErrorRecordFactory.FromException(exception, input);
            if (MyInvocation.ExpectingInput && exception is BedrockServiceException service && FailsEveryRequest(service.ErrorCode))
            {
                ThrowTerminatingError(record);
            }
            WriteError(record);
        }

        private void ShowProgress(int? total)
        {
            ConversePipeline? pipeline = _pipeline;
            if (pipeline == null) return;
            string status = total.HasValue
                ? string.Format(CultureInfo.InvariantCulture, "{0} of {1} rows done", _rowsWritten, total.Value)
                : string.Format(CultureInfo.InvariantCulture, "{0} rows done, {1} in flight", _rowsWritten, pipeline.InFlight);
            var record = new ProgressRecord(ProgressActivityId, "Invoke-BedrockConverse", status);
            if (total.HasValue && total.Value > 0) record.PercentComplete = Math.Min(100, _rowsWritten * 100 / total.Value);
            WriteProgress(record);
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

        /// <summary>The model the request will call, or null when it names none (Core refuses it then).</summary>
        private static string? ModelIdOf(ConverseCallRequest request)
        {
            try
            {
                return ConverseRequestBuilder.ResolveModelId(request);
            }
            catch (InvalidRequestException)
            {
                return null;
            }
        }

        /// <summary>The start of the prompt, for what -WhatIf and -Confirm name.</summary>
        private static string PromptExcerpt(ConverseCallRequest request)
        {
            string prompt = request.Message ?? string.Empty;
            return prompt.Length > 60 ? prompt.Substring(0, 60) + "..." : prompt;
        }

        /// <summary>
        /// Reads this record's parameters into a request (PowerShell rebinds them for the next record). Only what needs
        /// PowerShell happens here: provider paths, hashtables to JSON, the row's shape; Core checks the rest.
        /// </summary>
        private ConverseCallRequest Bind(object? input)
        {
            if (!_messageFromCommandLine && InputObject != null && !IsScalar(InputObject.BaseObject) && !HasPromptProperty(InputObject))
            {
                // PowerShell would otherwise turn the whole object into text ("@{Id=1; Question=...}") and send that.
                throw LocalInputException.InvalidInput(
                    "The input object has no Message, Prompt or Text property (CSV column) to send; rename the column, or give -Message.", "Message");
            }

            // A session piped in by itself ($session | Invoke-BedrockConverse 'next') is continued.
            ChatSession? session = Session ?? InputObject?.BaseObject as ChatSession;
            var request = new ConverseCallRequest
            {
                Input = input,
                Message = Message,
                ModelId = ModelId,
                DefaultModelId = ConfigurationRegistry.Current.DefaultModelId,
                Session = session?.Conversation,
                System = System,
                ImagePaths = Image != null && Image.Length > 0 ? ResolvePaths(Image, "Image") : null,
                DocumentPaths = Document != null && Document.Length > 0 ? ResolvePaths(Document, "Document") : null,
                MaxTokens = MaxTokens,
                Temperature = Temperature,
                TopP = TopP,
                StopSequences = StopSequence,
                AdditionalModelRequestFields = AdditionalModelRequestField != null ? ToJson(AdditionalModelRequestField, "AdditionalModelRequestField") : (JsonElement?)null,
                Tools = Tool != null && Tool.Length > 0 ? Array.ConvertAll(Tool, definition => definition.Tool) : null,
                ToolChoice = ToolChoice,
                GuardrailIdentifier = GuardrailIdentifier,
                GuardrailVersion = GuardrailVersion,
                GuardrailTrace = GuardrailTrace,
                Stream = Stream.IsPresent,
                OnStreamEvent = _streamWriter != null ? _streamWriter.OnEvent : (Action<ConverseStreamEvent>?)null,
                MaxToolRounds = MaxToolRounds,
                StructuredOutput = _structuredOutput ?? SessionSchemaWithMode(session),
                ServiceTier = ServiceTier,
                Latency = Latency,
                Effort = Effort,
                RequestMetadata = RequestMetadata != null ? ToStringPairs(RequestMetadata) : null,
                CacheSystemPrompt = CacheSystemPrompt.IsPresent,
                CacheTools = CacheTools.IsPresent,
                CacheTtl = CacheTtl,
                DefaultServiceTier = ConfigurationRegistry.Current.DefaultServiceTier,
                DefaultCacheTtl = ConfigurationRegistry.Current.DefaultCacheTtl,
            };
            if (InvokeTool != ToolInvocationMode.None)
            {
                var tools = new List<ConversationTool>();
                if (request.Tools != null) tools.AddRange(request.Tools);
                if (session != null) tools.AddRange(session.Conversation.Tools);
                request.ToolInvoker = new PowerShellToolInvoker(this, Pump, tools, InvokeTool);
            }
            return request;
        }

        /// <summary>The session's schema sent the way this call's -StructuredOutputMode says, when the call gives one; else null (the session's own).</summary>
        private StructuredOutputSpec? SessionSchemaWithMode(ChatSession? session)
        {
            StructuredOutputSpec? schema = session?.Conversation.Defaults.StructuredOutput;
            if (schema == null || !MyInvocation.BoundParameters.ContainsKey(nameof(StructuredOutputMode))) return null;
            return schema.WithMode((Core.StructuredOutput.StructuredOutputMode)Enum.Parse(typeof(Core.StructuredOutput.StructuredOutputMode), StructuredOutputMode, ignoreCase: true));
        }

        private static Dictionary<string, string> ToStringPairs(System.Collections.IDictionary pairs)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (System.Collections.DictionaryEntry pair in pairs)
            {
                string key = LanguagePrimitives.ConvertTo<string>(pair.Key) ?? string.Empty;
                result[key] = pair.Value == null ? string.Empty : LanguagePrimitives.ConvertTo<string>(pair.Value);
            }
            return result;
        }

        private static bool IsScalar(object value) => value is string || value is char || value.GetType().IsPrimitive || value is decimal;

        private static bool HasPromptProperty(PSObject input) =>
            input.Properties[nameof(Message)] != null || input.Properties["Prompt"] != null || input.Properties["Text"] != null;

        private static JsonElement ToJson(object value, string parameter)
        {
            try
            {
                return PowerShellToJson.ParseOrConvert(value);
            }
            catch (JsonException ex)
            {
                throw LocalInputException.InvalidInput("-" + parameter + " is not valid JSON: " + ex.Message, parameter);
            }
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
