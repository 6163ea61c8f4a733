using System;
using System.Globalization;
using System.Management.Automation;
using System.Text.Json;
using System.Management.Automation.Host;
using System.Threading;
using BedrockPS.Chat;
using BedrockPS.Completion;
using BedrockPS.Configuration;
using BedrockPS.Core;
using BedrockPS.Core.Chat;
using BedrockPS.Core.Conversations;
using BedrockPS.Core.Models;
using BedrockPS.Core.Requests;
using BedrockPS.Infrastructure;
using BedrockPS.Tools;

namespace BedrockPS.Cmdlets
{
    /// <summary>
    /// Enter-BedrockChat: an interactive chat at the console. Reads prompts from the host, streams each answer as it is
    /// written, keeps the exchange in a session, and understands a few slash commands. Ctrl+C (or Esc) stops the answer
    /// being written, not the chat; at the prompt, Ctrl+C leaves the chat as it does for any command.
    /// </summary>
    [Cmdlet(VerbsCommon.Enter, "BedrockChat")]
    [OutputType(typeof(ChatSession))]
    public sealed class EnterBedrockChatCommand : BedrockCmdlet
    {
        private static readonly JsonSerializerOptions IndentedJson = new JsonSerializerOptions { WriteIndented = true, Encoder = global::System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        private readonly TypeAheadBuffer typeAhead = new TypeAheadBuffer();

        /// <summary>The session to continue; a new one is started when absent.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNull]
        public ChatSession? Session { get; set; }

        /// <summary>The model to talk to (for a session: switches its model).</summary>
        [Parameter]
        [ArgumentCompleter(typeof(ModelIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? ModelId { get; set; }

        /// <summary>The system prompt of a new session.</summary>
        [Parameter]
        [Alias("SystemPrompt")]
        [ValidateNotNullOrEmpty]
        public string? System { get; set; }

        /// <summary>Whether the session's PowerShell tools run when the model asks (default: ask each time).</summary>
        [Parameter]
        public ToolInvocationMode InvokeTool { get; set; } = ToolInvocationMode.Confirm;

        /// <summary>How many tool round trips one answer may take (0 to 100, default 8).</summary>
        [Parameter]
        [ValidateRange(0, 100)]
        public int MaxToolRounds { get; set; } = 8;

        /// <summary>The service tier of every answer (Default, Priority, Flex, Reserved); else the session's, then the configured one.</summary>
        [Parameter]
        [ValidateSet("Default", "Priority", "Flex", "Reserved", IgnoreCase = true)]
        public string? ServiceTier { get; set; }

        /// <summary>Cache the system prompt, so later turns read it at the cache price.</summary>
        [Parameter]
        public SwitchParameter CacheSystemPrompt { get; set; }

        /// <summary>Writes the session to the pipeline when the chat ends.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            ChatSession session = Session ?? ChatSession.For(new Conversation(null, System));
            Conversation conversation = session.Conversation;
            conversation.ModelId = FirstGiven(ModelId, conversation.ModelId, ConfigurationRegistry.Current.DefaultModelId);
            if (string.IsNullOrEmpty(conversation.ModelId))
            {
                ThrowTerminatingError(ErrorRecordFactory.InvalidInput(
                    "No model to chat with: give -ModelId, a session that has one, or set a default with Set-BedrockConfiguration -DefaultModelId.", Session));
            }
            WriteLifecycleWarning(conversation.ModelId);

            IBedrockService service = GetService();
            PSHostUserInterface ui = Host.UI;
            ui.WriteLine($"Chatting with {conversation.ModelId}. /help lists the commands, /exit leaves. Ctrl+C or Esc stops an answer.");
            while (true)
            {
                ui.Write("you> ");
                string? line = typeAhead.ReadLine(ui, () => ReadPrompt(ui));
                if (line == null) break;
                ChatCommand command = ChatCommand.Parse(line);
                if (command.Kind == ChatCommandKind.Exit) break;
                if (command.Kind != ChatCommandKind.Prompt) Obey(command, conversation, ui);
                else if (command.Argument.Length > 0) Answer(service, conversation, command.Argument, ui);
            }

            if (PassThru) WriteObject(session);
        }

        private static string? FirstGiven(params string?[] values) => Array.Find(values, v => !string.IsNullOrEmpty(v));

        private static string? ReadPrompt(PSHostUserInterface ui)
        {
            try
            {
                return ui.ReadLine();
            }
            catch (PipelineStoppedException)
            {
                return null;
            }
        }

        private void Obey(ChatCommand command, Conversation conversation, PSHostUserInterface ui)
        {
            try
            {
                ui.WriteLine(ChatCommandRunner.Run(command, conversation, path => SessionPaths.Resolve(this, path)));
            }
            catch (ChatSaveException failed)
            {
                WriteError(ErrorRecordFactory.FromException(failed.InnerException ?? failed, failed.Path));
            }
        }

        /// <summary>
        /// Streams one answer through the shared pump: the stream posts its text here, the key watcher posts its looks at
        /// the keyboard, and a cancel key stops this answer only (it is not kept; the chat goes on).
        /// </summary>
        private void Answer(IBedrockService service, Conversation conversation, string prompt, PSHostUserInterface ui)
        {
            PipelinePump pump = Pump;
            ConverseCallRequest call = ChatTurn(conversation, prompt, pump, ui);
            ConverseRowResult result;
            using (CancelKeyWatcher? keys = CancelKeyWatcher.TryStart(Host, pump))
            using (var answer = CancellationTokenSource.CreateLinkedTokenSource(CancellationToken, keys?.Token ?? CancellationToken.None))
            using (var pipeline = new ConversePipeline(service, 1, answer.Token))
            {
                try
                {
                    result = RunOnPump(ct => pipeline.RunAsync(call));
                }
                catch (OperationCanceledException) when (keys != null && keys.CancelRequested)
                {
                    ui.WriteLine();
                    ui.WriteLine("[answer stopped; it was not kept]");
                    return;
                }
                catch (Exception ex) when (!(ex is PipelineStoppedException) && !IsStop(ex))
                {
                    ui.WriteLine();
                    WriteError(ErrorRecordFactory.FromException(ex, prompt));
                    return;
                }
                finally
                {
                    if (keys != null) typeAhead.Add(keys.TypedAhead);
                }
            }

            ui.WriteLine(result.Data.HasValue ? JsonSerializer.Serialize(result.Data.Value, IndentedJson) : string.Empty);
            if (!result.Succeeded)
            {
                WriteError(ErrorRecordFactory.FromException(result.Error!, prompt));
                return;
            }

            ConversationOutcome outcome = result.Outcome!;
            TokenUsage usage = outcome.Usage;
            WriteVerbose(string.Format(CultureInfo.InvariantCulture, "{0}: {1} round(s), tokens in {2} / out {3}, stop reason {4}, request id {5}",
                outcome.ModelId, outcome.Rounds, usage.InputTokens, usage.OutputTokens, outcome.StopReason ?? "(none)", outcome.RequestId ?? "(none)"));
            if (outcome.ToolRoundLimitReached) WriteWarning($"The model still asked for tools after {MaxToolRounds} tool rounds.");
        }

        private ConverseCallRequest ChatTurn(Conversation conversation, string prompt, PipelinePump pump, PSHostUserInterface ui)
        {
            // A structured answer is shown once checked (as its JSON), not as it streams: a repaired answer would show twice.
            bool structured = conversation.Defaults.StructuredOutput != null;
            return new ConverseCallRequest
            {
                Input = prompt,
                Message = prompt,
                Session = conversation,
                Stream = true,
                MaxToolRounds = MaxToolRounds,
                ToolInvoker = InvokeTool == ToolInvocationMode.None || conversation.Tools.Count == 0
                    ? null
                    : new PowerShellToolInvoker(this, pump, conversation.Tools, InvokeTool),
                OnStreamEvent = structured ? null : streamEvent => ShowEvent(streamEvent, pump, ui),
                ServiceTier = ServiceTier,
                CacheSystemPrompt = CacheSystemPrompt.IsPresent,
                DefaultServiceTier = ConfigurationRegistry.Current.DefaultServiceTier,
                DefaultCacheTtl = ConfigurationRegistry.Current.DefaultCacheTtl,
            };
        }

        /// <summary>Called on the stream's thread: hands text and tool notices to the pipeline thread.</summary>
        private static void ShowEvent(ConverseStreamEvent streamEvent, PipelinePump pump, PSHostUserInterface ui)
        {
            string? delta = streamEvent.TextDelta;
            if (!string.IsNullOrEmpty(delta))
            {
                pump.Post(() => ui.Write(delta));
                return;
            }

            string? tool = streamEvent.ContentBlockStart?.Start?.ToolUse?.Name;
            if (tool != null) pump.Post(() => ui.WriteLine($"{Environment.NewLine}[the model asks for tool {tool}]"));
        }
    }
}
