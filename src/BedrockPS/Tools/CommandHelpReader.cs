using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Text;

namespace BedrockPS.Tools
{
    /// <summary>
    /// Reads a command's synopsis and parameter descriptions. Functions and scripts are read from their comment-based
    /// help straight from the syntax tree (no Get-Help round trip, works without a runspace); other commands go through
    /// a Get-Help delegate supplied by the caller, because only a runspace can resolve MAML help.
    /// </summary>
    internal static class CommandHelpReader
    {
        internal static CommandHelpText Read(CommandInfo command, Func<CommandInfo, PSObject?>? getHelp)
        {
            CommentHelpInfo? comment = ReadCommentHelp(command);
            if (comment != null)
            {
                string? description = comment.Description;
                var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                if (comment.Parameters != null)
                {
                    foreach (var pair in comment.Parameters)
                    {
                        parameters[pair.Key] = pair.Value;
                    }
                }

                return new CommandHelpText(comment.Synopsis, description, parameters);
            }

            if (getHelp == null || command is FunctionInfo || command is ExternalScriptInfo)
            {
                return CommandHelpText.Empty;
            }

            PSObject? help;
            try
            {
                help = getHelp(command);
            }
            catch (RuntimeException)
            {
                return CommandHelpText.Empty;
            }

            return help == null ? CommandHelpText.Empty : FromHelpObject(command, help);
        }

        private static CommentHelpInfo? ReadCommentHelp(CommandInfo command)
        {
            Ast? ast = command switch
            {
                FunctionInfo function => function.ScriptBlock?.Ast,
                ExternalScriptInfo script => script.ScriptBlock?.Ast,
                _ => null,
            };

            return ast switch
            {
                FunctionDefinitionAst definition => definition.GetHelpContent(),
                ScriptBlockAst block => block.GetHelpContent(),
                _ => null,
            };
        }

        private static CommandHelpText FromHelpObject(CommandInfo command, PSObject help)
        {
            string? synopsis = help.Properties["Synopsis"]?.Value?.ToString();

            // Without a help file Get-Help answers with the syntax line as synopsis: not a description worth sending.
            if (synopsis != null && synopsis.TrimStart().StartsWith(command.Name, StringComparison.OrdinalIgnoreCase))
            {
                synopsis = null;
            }

            string? description = JoinText(help.Properties["description"]?.Value);
            var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            object? parameterList = (help.Properties["parameters"]?.Value as PSObject)?.Properties["parameter"]?.Value;
            foreach (object? item in AsEnumerable(parameterList))
            {
                if (item is PSObject parameter && parameter.Properties["name"]?.Value is object name)
                {
                    string? text = JoinText(parameter.Properties["description"]?.Value);
                    if (text != null)
                    {
                        parameters[name.ToString()!] = text;
                    }
                }
            }

            return new CommandHelpText(synopsis, description, parameters);
        }

        private static string? JoinText(object? value)
        {
            var builder = new StringBuilder();
            foreach (object? item in AsEnumerable(value))
            {
                object? text = item is PSObject paragraph ? paragraph.Properties["Text"]?.Value : item;
                if (text != null)
                {
                    if (builder.Length > 0)
                    {
                        builder.Append('\n');
                    }

                    builder.Append(text);
                }
            }

            return builder.Length == 0 ? null : builder.ToString();
        }

        private static IEnumerable<object?> AsEnumerable(object? value)
        {
            object? unwrapped = value is PSObject wrapper ? wrapper.BaseObject : value;
            if (unwrapped == null)
            {
                yield break;
            }

            if (unwrapped is IEnumerable sequence && !(unwrapped is string))
            {
                foreach (object? item in sequence)
                {
                    yield return item;
                }
            }
            else
            {
                yield return value;
            }
        }
    }
}
