using System;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Text.Json;
using System.Management.Automation.Host;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Chat;
using BedrockPS.Completion;
using BedrockPS.Configuration;
using BedrockPS.Core;
using BedrockPS.Core.Conversations;
using BedrockPS.Core.Conversations.Persistence;
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
        private const string HelpText =
            "Commands: /clear (forget the history), /save <path> [-Force] (save the session), /system <text> (set the system prompt; " +
            "/system alone shows it), /model <id> (switch model; /model alone shows it), /help, /exit. Start a prompt with // to send a leading '/'.";

        private static readonly JsonSerializerOptions IndentedJson = new JsonSerializerOptions { WriteIndented = true, Encoder = global::System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        private static readonly TimeSpan PumpInterval = TimeSpan.FromMilliseconds(15);

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

        protected override void ProcessRecord()
        {
            ChatSession session = Session ?? ChatSession.For(new Conversation(null, System));
            if (ModelId != null)
            {
                session.Conversation.ModelId = ModelId;
            }

            if (string.IsNullOrEmpty(session.ModelId))
            {
                session.Conversation.ModelId = ConfigurationRegistry.Current.DefaultModelId;
            }

            if (string.IsNullOrEmpty(session.ModelId))
            {
                ThrowTerminatingError(ErrorRecordFactory.InvalidInput(
                    "No model to chat with: give -ModelId, a session that has one, or set a default with Set-BedrockConfiguration -DefaultModelId.", Session));
            }
            WriteLifecycleWarning(session.ModelId);

            IBedrockService service = GetService();
            PSHostUserInterface ui = Host.UI;
            ui.WriteLine($"Chatting with {session.ModelId}. /help lists the commands, /exit leaves. Ctrl+C or Esc stops an answer.");
            while (true)
            {
                ui.Write("you> ");
                string? line = typeAhead.ReadLine(ui, () => ReadPrompt(ui));
                if (line == null)
                {
                    break;
                }

                ChatCommand command = ChatCommand.Parse(line);
                if (command.Kind == ChatCommandKind.Exit)
                {
                    break;
                }

                if (command.Kind == ChatCommandKind.Prompt)
                {
                    if (command.Argument.Length > 0)
                    {
                        Answer(service, session, command.Argument, ui);
                    }

                    continue;
                }

                Obey(command, session, ui);
            }

            if (PassThru)
            {
                WriteObject(session);
            }
        }

        private string? ReadPrompt(PSHostUserInterface ui)
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

        private void Obey(ChatCommand command, ChatSession session, PSHostUserInterface ui)
        {
            Conversation conversation = session.Conversation;
            switch (command.Kind)
            {
                case ChatCommandKind.Clear:
                    conversation.Clear();
                    ui.WriteLine("History cleared.");
                    break;
                case ChatCommandKind.System:
                    if (command.Argument.Length == 0)
                    {
                        ui.WriteLine(conversation.System == null ? "No system prompt." : "System prompt: " + conversation.System);
                    }
                    else
                    {
                        conversation.System = command.Argument;
                        ui.WriteLine("System prompt set.");
                    }

                    break;
                case ChatCommandKind.Model:
                    if (command.Argument.Length == 0)
                    {
                        ui.WriteLine("Model: " + conversation.ModelId);
                    }
                    else
                    {
                        conversation.ModelId = command.Argument;
                        ui.WriteLine("Now chatting with " + command.Argument + ".");
                    }

                    break;
                case ChatCommandKind.Save:
                    Save(command, conversation, ui);
                    break;
                case ChatCommandKind.Help:
                    ui.WriteLine(HelpText);
                    break;
                default:
                    ui.WriteLine($"Unknown command {command.Name}. {HelpText}");
                    break;
            }
        }

        private void Save(ChatCommand command, Conversation conversation, PSHostUserInterface ui)
        {
            if (command.Argument.Length == 0)
            {
                ui.WriteLine("Give a file: /save <path> [-Force].");
                return;
            }

            string fullPath = SessionPaths.Resolve(this, command.Argument);
            if (File.Exists(fullPath) && !command.Force)
            {
                ui.WriteLine($"'{fullPath}' already exists; add -Force to replace it.");
                return;
            }

            try
            {
                SessionFileWriter.Save(conversation, fullPath, overwrite: command.Force);
                ui.WriteLine($"Saved to {fullPath}.");
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                WriteError(ErrorRecordFactory.FromException(ex, fullPath));
            }
        }

        private void Answer(IBedrockService service, ChatSession session, string prompt, PSHostUserInterface ui)
        {
            PipelinePump pump = Pump;
            Conversation conversation = session.Conversation;
            // A structured answer is shown once checked (as its JSON), not as it streams: a repaired answer would show twice.
            bool structured = conversation.Defaults.StructuredOutput != null;
            var call = new ConverseCallRequest
            {
                Input = prompt,
                Message = prompt,
                Session = conversation,
                Stream = true,
                MaxToolRounds = MaxToolRounds,
                ToolInvoker = InvokeTool == ToolInvocationMode.None || conversation.Tools.Count == 0
                    ? null
                    : new PowerShellToolInvoker(this, pump, conversation.Tools, InvokeTool),
                OnStreamEvent = streamEvent => ShowEvent(streamEvent, pump, ui, structured),
                ServiceTier = ServiceTier,
                CacheSystemPrompt = CacheSystemPrompt.IsPresent,
                DefaultServiceTier = ConfigurationRegistry.Current.DefaultServiceTier,
                DefaultCacheTtl = ConfigurationRegistry.Current.DefaultCacheTtl,
            };

            using var answer = CancellationTokenSource.CreateLinkedTokenSource(CancellationToken);
            using var pipeline = new ConversePipeline(service, 1, answer.Token);
            Task<ConverseRowResult> run = Task.Run(() => pipeline.RunAsync(call));
            bool stoppedByKey = PumpUntilDone(run, answer);
            ConverseRowResult result;
            try
            {
                result = run.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (stoppedByKey)
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

            if (!result.Succeeded)
            {
                ui.WriteLine();
                WriteError(ErrorRecordFactory.FromException(result.Error!, prompt));
                return;
            }

            ConversationOutcome outcome = result.Outcome!;
            if (result.Data.HasValue)
            {
                ui.Write(JsonSerializer.Serialize(result.Data.Value, IndentedJson));
            }

            ui.WriteLine();
            TokenUsage usage = outcome.Usage;
            WriteVerbose(string.Format(CultureInfo.InvariantCulture, "{0}: {1} round(s), tokens in {2} / out {3}, stop reason {4}, request id {5}",
                outcome.ModelId, outcome.Rounds, usage.InputTokens, usage.OutputTokens, outcome.StopReason ?? "(none)", outcome.RequestId ?? "(none)"));
            if (outcome.ToolRoundLimitReached)
            {
                WriteWarning($"The model still asked for tools after {MaxToolRounds} tool rounds.");
            }
        }

        /// <summary>
        /// Runs what the answer posts (text to show, tools to run) on this thread until it finishes, watching the keyboard
        /// for Ctrl+C/Esc. Returns true when the user stopped the answer that way.
        /// </summary>
        private bool PumpUntilDone(Task run, CancellationTokenSource answer)
        {
            bool stoppedByKey = false;
            using (CancelKeyWatcher? keys = CancelKeyWatcher.TryStart(Host))
            {
                while (!run.IsCompleted)
                {
                    Pump.DrainPending();
                    if (CancellationToken.IsCancellationRequested)
                    {
                        throw new PipelineStoppedException();
                    }

                    if (!stoppedByKey && keys != null && keys.CancelRequested())
                    {
                        stoppedByKey = true;
                        answer.Cancel();
                    }

                    ((IAsyncResult)run).AsyncWaitHandle.WaitOne(PumpInterval);
                }

                if (keys != null)
                {
                    typeAhead.Add(keys.TypedAhead);
                }
            }

            Pump.DrainPending();
            return stoppedByKey;
        }

        /// <summary>Called on the stream's thread: hands text and tool notices to the pipeline thread.</summary>
        private static void ShowEvent(ConverseStreamEvent streamEvent, PipelinePump pump, PSHostUserInterface ui, bool structured)
        {
            if (structured) return;
            string? delta = streamEvent.TextDelta;
            if (!string.IsNullOrEmpty(delta))
            {
                pump.Post(() => ui.Write(delta));
                return;
            }

            string? tool = streamEvent.ContentBlockStart?.Start?.ToolUse?.Name;
            if (tool != null)
            {
                pump.Post(() => ui.WriteLine($"{Environment.NewLine}[the model asks for tool {tool}]"));
            }
        }
    }
}
