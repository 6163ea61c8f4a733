using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Conversations;
using BedrockPS.Core.Models;
using BedrockPS.Infrastructure;

namespace BedrockPS.Tools
{
    /// <summary>
    /// Runs the PowerShell command behind a tool the model asked for. The command runs on the pipeline thread (posted
    /// through the cmdlet's <see cref="PipelinePump"/>), in the caller's runspace, after ShouldProcess (and, in Confirm
    /// mode, a confirmation prompt). Failures and refusals become toolResults with status error so the model can react.
    /// </summary>
    internal sealed class PowerShellToolInvoker : IToolInvoker
    {
        public const string DeclinedText = "declined by user";

        private readonly PSCmdlet cmdlet;
        private readonly PipelinePump pump;
        private readonly Dictionary<string, ConversationTool> tools;
        private readonly ToolInvocationMode mode;
        private bool yesToAll;
        private bool noToAll;

        public PowerShellToolInvoker(PSCmdlet cmdlet, PipelinePump pump, IEnumerable<ConversationTool> tools, ToolInvocationMode mode)
        {
            this.cmdlet = cmdlet ?? throw new ArgumentNullException(nameof(cmdlet));
            this.pump = pump ?? throw new ArgumentNullException(nameof(pump));
            this.mode = mode;
            this.tools = new Dictionary<string, ConversationTool>(StringComparer.Ordinal);
            foreach (ConversationTool tool in tools ?? Enumerable.Empty<ConversationTool>())
            {
                if (!this.tools.ContainsKey(tool.Name))
                {
                    this.tools.Add(tool.Name, tool);
                }
            }
        }

        /// <summary>Longest text sent back for one tool call; the rest is cut with a note.</summary>
        public int MaxResultCharacters { get; set; } = ToolOutputConverter.DefaultMaxCharacters;

        public async Task<ContentBlock> InvokeAsync(ToolUseBlock toolUse, CancellationToken ct)
        {
            if (toolUse == null)
            {
                throw new ArgumentNullException(nameof(toolUse));
            }

            ct.ThrowIfCancellationRequested();
            Task<ContentBlock> run = pump.InvokeOnPipelineAsync(() => InvokeOnPipeline(toolUse));
            if (ct.CanBeCanceled)
            {
                var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                using (ct.Register(() => cancelled.TrySetResult(true)))
                {
                    if (await Task.WhenAny(run, cancelled.Task).ConfigureAwait(false) != run)
                    {
                        throw new OperationCanceledException(ct);
                    }
                }
            }

            return await run.ConfigureAwait(false);
        }

        private ContentBlock InvokeOnPipeline(ToolUseBlock toolUse)
        {
            string id = toolUse.ToolUseId ?? "";
            string name = toolUse.Name ?? "";
            if (mode == ToolInvocationMode.None)
            {
                return Error(id, "Tools are not run in this call.");
            }

            if (!tools.TryGetValue(name, out ConversationTool? tool))
            {
                return Error(id, $"There is no tool named '{name}'.");
            }

            CommandInfo? command = tool.Tag as CommandInfo;
            if (command == null && !string.IsNullOrEmpty(tool.CommandName))
            {
                command = cmdlet.InvokeCommand.GetCommand(tool.CommandName, CommandTypes.Function | CommandTypes.Cmdlet | CommandTypes.ExternalScript | CommandTypes.Filter | CommandTypes.Alias);
            }

            if (command == null)
            {
                return Error(id, $"The tool '{name}' has no PowerShell command to run here.");
            }

            string inputText = toolUse.Input?.GetRawText() ?? "{}";
            if (!MayRun(command, inputText))
            {
                cmdlet.WriteVerbose($"Tool '{name}' was not run: declined.");
                return Error(id, DeclinedText);
            }

            cmdlet.WriteVerbose($"Running tool '{name}' ({command.Name}).");
            using PowerShell powerShell = PowerShell.Create(RunspaceMode.CurrentRunspace);
            powerShell.AddCommand(command);
            foreach (KeyValuePair<string, object?> parameter in ToolInputBinder.ToParameters(toolUse.Input))
            {
                powerShell.AddParameter(parameter.Key, parameter.Value);
            }

            Collection<PSObject> output;
            try
            {
                output = powerShell.Invoke();
            }
            catch (PipelineStoppedException)
            {
                throw;
            }
            catch (RuntimeException ex)
            {
                return Error(id, ex.ErrorRecord?.ErrorDetails?.Message ?? ex.Message);
            }

            List<ErrorRecord> errors = powerShell.Streams.Error.ToList();
            bool failed = output.Count == 0 && errors.Count > 0;
            var result = new ToolResultBlock
            {
                ToolUseId = id,
                Status = failed ? "error" : "success",
                Content = ToolOutputConverter.Convert(output, errors, MaxResultCharacters),
            };
            return new ContentBlock { ToolResult = result };
        }

        private bool MayRun(CommandInfo command, string inputText)
        {
            string shownInput = inputText.Length <= 300 ? inputText : inputText.Substring(0, 300) + "...";
            string target = $"{command.Name} {shownInput}";
            if (!cmdlet.ShouldProcess(target, "Run tool requested by the model"))
            {
                return false;
            }

            if (mode != ToolInvocationMode.Confirm || ConfirmWasAsked())
            {
                return true;
            }

            return cmdlet.ShouldContinue(
                $"The model asks to run {command.Name} with input {shownInput}. Run it?",
                "Run a tool for the model",
                ref yesToAll,
                ref noToAll);
        }

        /// <summary>With -Confirm, ShouldProcess has already asked; asking twice per tool would be noise.</summary>
        private bool ConfirmWasAsked()
        {
            return cmdlet.MyInvocation.BoundParameters.TryGetValue("Confirm", out object? value)
                && value is SwitchParameter confirm && confirm.IsPresent;
        }

        private static ContentBlock Error(string id, string message) => ContentBlock.FromToolResult(id, message, "error");
    }
}
