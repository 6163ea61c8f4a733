using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;

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
            Type? elementType = ElementTypeOf(type);
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
            string? jsonType = JsonTypeOf(type);
            if (jsonType != null)
            {
                writer.WriteString("type", jsonType);
            }

            if (type == typeof(DateTime) || type == typeof(DateTimeOffset))
            {
                writer.WriteString("format", "date-time");
            }
            else if (type == typeof(Guid))
            {
                writer.WriteString("format", "uuid");
            }
            else if (type == typeof(Uri))
            {
                writer.WriteString("format", "uri");
            }

            IEnumerable<string>? allowed = null;
            if (attributes.OfType<ValidateSetAttribute>().FirstOrDefault() is ValidateSetAttribute set)
            {
                allowed = set.ValidValues;
            }
            else if (type.IsEnum)
            {
                allowed = Enum.GetNames(type);
            }

            if (allowed != null)
            {
                writer.WriteStartArray("enum");
                foreach (string value in allowed)
                {
                    writer.WriteStringValue(value);
                }

                writer.WriteEndArray();
            }

            if (attributes.OfType<ValidateRangeAttribute>().FirstOrDefault() is ValidateRangeAttribute range)
            {
                WriteBound(writer, "minimum", range.MinRange);
                WriteBound(writer, "maximum", range.MaxRange);
            }

            if (jsonType == "string" && attributes.OfType<ValidateLengthAttribute>().FirstOrDefault() is ValidateLengthAttribute length)
            {
                writer.WriteNumber("minLength", length.MinLength);
                writer.WriteNumber("maxLength", length.MaxLength);
            }

            if (jsonType == "string" && attributes.OfType<ValidatePatternAttribute>().FirstOrDefault() is ValidatePatternAttribute pattern)
            {
                writer.WriteString("pattern", pattern.RegexPattern);
            }
        }

        private static void WriteBound(Utf8JsonWriter writer, string name, object? bound)
        {
            if (bound == null)
            {
                return;
            }

            object value = bound is PSObject wrapped ? wrapped.BaseObject : bound;
            if (value is IConvertible convertible && IsNumeric(value.GetType()))
            {
                decimal number = convertible.ToDecimal(CultureInfo.InvariantCulture);
                writer.WriteNumber(name, number);
            }
        }

        private static string? JsonTypeOf(Type type)
        {
            if (type == typeof(bool) || type == typeof(SwitchParameter))
            {
                return "boolean";
            }

            if (type == typeof(string) || type == typeof(char) || type.IsEnum || type == typeof(DateTime)
                || type == typeof(DateTimeOffset) || type == typeof(Guid) || type == typeof(Uri) || type == typeof(TimeSpan))
            {
                return "string";
            }

            if (type == typeof(float) || type == typeof(double) || type == typeof(decimal))
            {
                return "number";
            }

            if (IsNumeric(type))
            {
                return "integer";
            }

            if (typeof(IDictionary).IsAssignableFrom(type))
            {
                return "object";
            }

            // object / PSObject accept anything; the schema leaves them untyped rather than guessing.
            if (type == typeof(object) || type == typeof(PSObject))
            {
                return null;
            }

            // Other types (paths, FileInfo, ...) are bound by PowerShell from their string form.
            return "string";
        }

        private static bool IsNumeric(Type type)
        {
            return type == typeof(byte) || type == typeof(sbyte) || type == typeof(short) || type == typeof(ushort)
                || type == typeof(int) || type == typeof(uint) || type == typeof(long) || type == typeof(ulong)
                || type == typeof(float) || type == typeof(double) || type == typeof(decimal);
        }

        private static Type? ElementTypeOf(Type type)
        {
            if (type == typeof(string) || typeof(IDictionary).IsAssignableFrom(type))
            {
                return null;
            }

            if (type.IsArray)
            {
                return type.GetElementType();
            }

            if (!typeof(IEnumerable).IsAssignableFrom(type))
            {
                return null;
            }

            Type? enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
                ? type
                : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
            return enumerable?.GetGenericArguments()[0] ?? typeof(object);
        }
    }
}
