using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using BedrockPS.Conversion;

namespace BedrockPS.Tools
{
    /// <summary>
    /// Derives a tool's JSON schema from a PowerShell command: one property per parameter of its default parameter
    /// set (common parameters left out), JSON types from the .NET types, Mandatory as required, ValidateSet as enum,
    /// ValidateRange as bounds, help text as descriptions.
    /// </summary>
    internal static class CommandSchemaBuilder
    {
        internal static CommandToolSchema Build(CommandInfo command, CommandHelpText help)
        {
            CommandParameterSetInfo? parameterSet = ChooseParameterSet(command);
            var parameters = parameterSet == null
                ? new List<CommandParameterInfo>()
                : parameterSet.Parameters.Where(p => !IsCommonParameter(p.Name)).ToList();

            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("type", "object");
                writer.WriteStartObject("properties");
                foreach (CommandParameterInfo parameter in parameters)
                {
                    writer.WriteStartObject(parameter.Name);
                    WriteParameterSchema(writer, parameter.ParameterType, parameter.Attributes);
                    string? parameterDescription = help.ParameterDescriptions.TryGetValue(parameter.Name, out string? fromHelp)
                        ? fromHelp
                        : string.IsNullOrWhiteSpace(parameter.HelpMessage) ? null : parameter.HelpMessage.Trim();
                    if (parameterDescription != null)
                    {
                        writer.WriteString("description", parameterDescription);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
                var required = parameters.Where(p => p.IsMandatory).Select(p => p.Name).ToList();
                if (required.Count > 0)
                {
                    writer.WriteStartArray("required");
                    foreach (string name in required)
                    {
                        writer.WriteStringValue(name);
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            using JsonDocument document = JsonDocument.Parse(buffer.ToArray());
            string description = help.Synopsis ?? help.Description ?? $"Runs the PowerShell command {command.Name}.";
            return new CommandToolSchema(ToolNameSanitizer.Sanitize(command.Name), description, document.RootElement.Clone());
        }

        internal static bool IsCommonParameter(string name)
        {
            return Cmdlet.CommonParameters.Contains(name) || Cmdlet.OptionalCommonParameters.Contains(name);
        }

        private static CommandParameterSetInfo? ChooseParameterSet(CommandInfo command)
        {
            var sets = command.ParameterSets;
            if (sets == null || sets.Count == 0)
            {
                return null;
            }

            return sets.FirstOrDefault(s => s.IsDefault) ?? sets[0];
        }

        private static void WriteParameterSchema(Utf8JsonWriter writer, Type parameterType, IEnumerable<Attribute> attributes)
        {
            Type type = Nullable.GetUnderlyingType(parameterType) ?? parameterType;
            Type? elementType = DotNetTypeSchema.ElementTypeOf(type);
            var attributeList = attributes.ToList();
            if (elementType != null)
            {
                writer.WriteString("type", "array");
                writer.WriteStartObject("items");
                WriteScalarSchema(writer, elementType, attributeList);
                writer.WriteEndObject();
                if (attributeList.OfType<ValidateCountAttribute>().FirstOrDefault() is ValidateCountAttribute count)
                {
                    writer.WriteNumber("minItems", count.MinLength);
                    writer.WriteNumber("maxItems", count.MaxLength);
                }

                return;
            }

            WriteScalarSchema(writer, type, attributeList);
        }

        private static void WriteScalarSchema(Utf8JsonWriter writer, Type type, IList<Attribute> attributes)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            string? jsonType = DotNetTypeSchema.JsonTypeOf(type);
            if (jsonType != null)
            {
                writer.WriteString("type", jsonType);
            }

            string? format = DotNetTypeSchema.FormatOf(type);
            if (format != null)
            {
                writer.WriteString("format", format);
            }

            DotNetTypeSchema.WriteConstraints(writer, type, jsonType, attributes, allowNull: false);
        }
    }
}
