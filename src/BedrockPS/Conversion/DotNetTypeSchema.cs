using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;

namespace BedrockPS.Conversion
{
    /// <summary>
    /// JSON Schema for .NET types and PowerShell validation attributes, shared by the tool schemas built from commands
    /// and the structured-output schemas built from classes: the JSON type and format of a .NET type, and the
    /// keywords [ValidateSet], enums, [ValidateRange], [ValidateLength] and [ValidatePattern] stand for.
    /// </summary>
    internal static class DotNetTypeSchema
    {
        internal static string? JsonTypeOf(Type type)
        {
            if (type == typeof(bool) || type == typeof(SwitchParameter)) return "boolean";
            if (IsTextLike(type)) return "string";
            if (type == typeof(float) || type == typeof(double) || type == typeof(decimal)) return "number";
            if (IsNumeric(type)) return "integer";
            if (typeof(IDictionary).IsAssignableFrom(type)) return "object";

            // object / PSObject accept anything; the schema leaves them untyped rather than guessing.
            if (type == typeof(object) || type == typeof(PSObject)) return null;

            // Other types (paths, FileInfo, ...) are bound by PowerShell from their string form.
            return "string";
        }

        /// <summary>Types written as JSON strings: text, enums, dates, ids, addresses, durations.</summary>
        internal static bool IsTextLike(Type type) =>
            type == typeof(string) || type == typeof(char) || type.IsEnum || type == typeof(DateTime)
            || type == typeof(DateTimeOffset) || type == typeof(Guid) || type == typeof(Uri) || type == typeof(TimeSpan);

        internal static string? FormatOf(Type type)
        {
            if (type == typeof(DateTime) || type == typeof(DateTimeOffset)) return "date-time";
            if (type == typeof(Guid)) return "uuid";
            if (type == typeof(Uri)) return "uri";
            return null;
        }

        internal static bool IsNumeric(Type type)
        {
            return type == typeof(byte) || type == typeof(sbyte) || type == typeof(short) || type == typeof(ushort)
                || type == typeof(int) || type == typeof(uint) || type == typeof(long) || type == typeof(ulong)
                || type == typeof(float) || type == typeof(double) || type == typeof(decimal);
        }

        /// <summary>The item type of an array or sequence (object when it is untyped); null for strings, dictionaries and scalars.</summary>
        internal static Type? ElementTypeOf(Type type)
        {
            if (type == typeof(string) || typeof(IDictionary).IsAssignableFrom(type)) return null;
            if (type.IsArray) return type.GetElementType();
            if (!typeof(IEnumerable).IsAssignableFrom(type)) return null;

            Type? enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
                ? type
                : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
            return enumerable?.GetGenericArguments()[0] ?? typeof(object);
        }

        /// <summary>
        /// Writes enum (from [ValidateSet] or the enum's names, with null added when <paramref name="allowNull"/>),
        /// minimum/maximum from [ValidateRange], and for strings minLength/maxLength and pattern.
        /// </summary>
        internal static void WriteConstraints(Utf8JsonWriter writer, Type type, string? jsonType, IList<Attribute> attributes, bool allowNull)
        {
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
                foreach (string value in allowed) writer.WriteStringValue(value);
                if (allowNull) writer.WriteNullValue();
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
            if (bound == null) return;
            object value = bound is PSObject wrapped ? wrapped.BaseObject : bound;
            if (value is IConvertible convertible && IsNumeric(value.GetType()))
            {
                writer.WriteNumber(name, convertible.ToDecimal(CultureInfo.InvariantCulture));
            }
        }
    }
}
