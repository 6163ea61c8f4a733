using System;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Text.Json;
using BedrockPS.Conversion;
using BedrockPS.Core.Conversations;
using BedrockPS.Infrastructure;
using BedrockPS.Tools;

namespace BedrockPS.Cmdlets
{
    /// <summary>
    /// New-BedrockTool: describes a tool the model may call, either by name, description and JSON schema, or from a
    /// PowerShell command whose parameters and help give the schema (that command then runs when the model calls it
    /// and Invoke-BedrockConverse -InvokeTool allows it).
    /// </summary>
    [Cmdlet(VerbsCommon.New, "BedrockTool", DefaultParameterSetName = SchemaSet)]
    [OutputType(typeof(ToolDefinition))]
    public sealed class NewBedrockToolCommand : PSCmdlet
    {
        private const string SchemaSet = "Schema";
        private const string CommandSet = "Command";

        /// <summary>The tool name the model uses: 1 to 64 of a-z, A-Z, 0-9, _ and -. With -Command, replaces the derived name.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = SchemaSet)]
        [Parameter(ParameterSetName = CommandSet)]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>What the tool does, for the model. With -Command, replaces the synopsis taken from the command's help.</summary>
        [Parameter(Mandatory = true, Position = 1, ParameterSetName = SchemaSet)]
        [Parameter(ParameterSetName = CommandSet)]
        [ValidateNotNullOrEmpty]
        public string? Description { get; set; }

        /// <summary>The JSON schema of the input: a hashtable or JSON text.</summary>
        [Parameter(Mandatory = true, Position = 2, ParameterSetName = SchemaSet)]
        [ValidateNotNull]
        public object? InputSchema { get; set; }

        /// <summary>A command (from Get-Command) or a command name.</summary>
        [Parameter(Mandatory = true, ParameterSetName = CommandSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? Command { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            ConversationTool tool = ParameterSetName == CommandSet ? FromCommand() : FromSchema();
            WriteObject(new ToolDefinition(tool));
        }

        private ConversationTool FromSchema()
        {
            string name = Name!;
            if (!ToolNameSanitizer.IsValid(name))
            {
                ThrowTerminatingError(ErrorRecordFactory.InvalidInput(
                    $"The tool name '{name}' is not allowed: use 1 to 64 letters, digits, '_' or '-' (for example '{ToolNameSanitizer.Sanitize(name)}').", name));
            }

            JsonElement schema;
            try
            {
                schema = PowerShellToJson.ParseOrConvert(InputSchema);
            }
            catch (JsonException ex)
            {
                ThrowTerminatingError(ErrorRecordFactory.InvalidInput($"-InputSchema is not valid JSON: {ex.Message}", InputSchema));
                throw;
            }

            if (schema.ValueKind != JsonValueKind.Object)
            {
                ThrowTerminatingError(ErrorRecordFactory.InvalidInput("-InputSchema must be a JSON object (a JSON schema such as @{ type = 'object'; properties = @{ ... } }).", InputSchema));
            }

            return new ConversationTool(name, Description, schema);
        }

        private ConversationTool FromCommand()
        {
            CommandInfo command = ResolveCommand(Command!);
            CommandHelpText help = CommandHelpReader.Read(command, GetHelp);
            CommandToolSchema derived = CommandSchemaBuilder.Build(command, help);
            string name = Name ?? derived.Name;
            if (!ToolNameSanitizer.IsValid(name))
            {
                ThrowTerminatingError(ErrorRecordFactory.InvalidInput(
                    $"The tool name '{name}' is not allowed: use 1 to 64 letters, digits, '_' or '-'.", name));
            }

            return new ConversationTool(name, Description ?? derived.Description, derived.InputSchema, command.Name, command);
        }

        private CommandInfo ResolveCommand(object value)
        {
            object unwrapped = value is PSObject wrapped ? wrapped.BaseObject : value;
            if (unwrapped is AliasInfo alias && alias.ResolvedCommand != null)
            {
                return alias.ResolvedCommand;
            }

            if (unwrapped is CommandInfo info)
            {
                return info;
            }

            string name = unwrapped.ToString() ?? "";
            CommandInfo? found = InvokeCommand.GetCommand(name, CommandTypes.Function | CommandTypes.Cmdlet | CommandTypes.ExternalScript | CommandTypes.Filter | CommandTypes.Alias);
            if (found is AliasInfo foundAlias && foundAlias.ResolvedCommand != null)
            {
                found = foundAlias.ResolvedCommand;
            }

            if (found == null)
            {
                ThrowTerminatingError(ErrorRecordFactory.FromException(
                    new LocalInputException("BedrockPS.CommandNotFound", ErrorCategory.ObjectNotFound, $"No command named '{name}' was found. Check the name or import its module first."),
                    value));
            }

            return found!;
        }

        /// <summary>Get-Help for commands whose help is not in their own script text (cmdlets with MAML help).</summary>
        private PSObject? GetHelp(CommandInfo command)
        {
            var results = InvokeCommand.InvokeScript(
                "param($name) Microsoft.PowerShell.Core\\Get-Help -Name $name -Full -ErrorAction SilentlyContinue",
                false, PipelineResultTypes.None, null, command.Name);
            return results.FirstOrDefault();
        }
    }
}
