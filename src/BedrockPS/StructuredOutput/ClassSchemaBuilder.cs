using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Text.Json;
using BedrockPS.Conversion;
using BedrockPS.Infrastructure;

namespace BedrockPS.StructuredOutput
{
    /// <summary>
    /// A JSON Schema for structured output from a PowerShell class (or any .NET type), read from its public instance
    /// properties in declaration order (hidden properties left out). The rules, as help states them:
    /// - string and char are strings; bool is a boolean; whole-number types are integers; float, double and decimal
    ///   are numbers; DateTime and DateTimeOffset are strings with format date-time, Guid uuid, Uri uri; an enum is a
    ///   string limited to its names.
    /// - Arrays and lists become arrays of their item type; a property of another class becomes a nested object,
    ///   written in place (never $defs, which some models refuse). A class that contains itself is refused.
    /// - Every property is required and every object closed ("additionalProperties": false), as structured output
    ///   needs. A property may be null only when its type is [Nullable[T]] or it carries [AllowNull()]: its type is
    ///   then [T, "null"].
    /// - [ValidateSet] gives enum, [ValidateRange] minimum/maximum, [ValidateLength] minLength/maxLength,
    ///   [ValidatePattern] pattern, [ValidateCount] minItems/maxItems, [ValidateNotNullOrEmpty] on a string
    ///   minLength 1. A [System.ComponentModel.Description()] or [Parameter(HelpMessage=...)] becomes the description.
    /// - Untyped ([object], [psobject]) and dictionary properties cannot be described and are refused.
    /// </summary>
    internal static class ClassSchemaBuilder
    {
        private const int MaxNesting = 32;

        internal static JsonElement Build(Type type)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                WriteObject(writer, type, new List<Type>(), DescriptionOf(type), nullable: false);
            }
            using JsonDocument document = JsonDocument.Parse(buffer.ToArray());
            return document.RootElement.Clone();
        }

        /// <summary>The class's own description ([System.ComponentModel.Description('...')]), if it has one.</summary>
        internal static string? DescriptionOf(MemberInfo member)
        {
            string? text = member.GetCustomAttributes(true).OfType<DescriptionAttribute>().FirstOrDefault()?.Description;
            return string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
        }

        private static void WriteObject(Utf8JsonWriter writer, Type type, List<Type> enclosing, string? description, bool nullable)
        {
            if (enclosing.Contains(type))
            {
                throw Refuse(type, "the class " + type.Name + " contains itself (through " + string.Join(" > ", enclosing.Select(t => t.Name)) + " > " + type.Name
                    + "); structured output cannot describe recursive data. Limit the nesting with a separate class per level.");
            }
            if (enclosing.Count >= MaxNesting) throw Refuse(type, "classes nest more than " + MaxNesting + " levels deep.");
            PropertyInfo[] properties = PublicProperties(type);
            if (properties.Length == 0)
            {
                throw Refuse(type, "the class " + type.Name + " has no public properties to describe the answer with.");
            }

            enclosing.Add(type);
            writer.WriteStartObject();
            WriteType(writer, "object", nullable);
            if (description != null) writer.WriteString("description", description);
            writer.WriteStartObject("properties");
            foreach (PropertyInfo property in properties)
            {
                writer.WritePropertyName(property.Name);
                var attributes = property.GetCustomAttributes(true).OfType<Attribute>().ToList();
                bool propertyNullable = Nullable.GetUnderlyingType(property.PropertyType) != null || attributes.OfType<AllowNullAttribute>().Any();
                WriteValue(writer, property.PropertyType, attributes, propertyNullable, PropertyDescription(property, attributes), enclosing, type.Name + "." + property.Name);
            }
            writer.WriteEndObject();
            writer.WriteStartArray("required");
            foreach (PropertyInfo property in properties) writer.WriteStringValue(property.Name);
            writer.WriteEndArray();
            writer.WriteBoolean("additionalProperties", false);
            writer.WriteEndObject();
            enclosing.RemoveAt(enclosing.Count - 1);
        }

        private static void WriteValue(Utf8JsonWriter writer, Type declared, IList<Attribute> attributes, bool nullable, string? description, List<Type> enclosing, string where)
        {
            Type type = Nullable.GetUnderlyingType(declared) ?? declared;
            if (type == typeof(object) || type == typeof(PSObject) || typeof(IDictionary).IsAssignableFrom(type))
            {
                throw Refuse(enclosing[0], "the property " + where + " is of type [" + type.Name + "], which says nothing about its shape. Give it a specific type (a class for objects).");
            }

            Type? itemType = DotNetTypeSchema.ElementTypeOf(type);
            if (itemType != null)
            {
                writer.WriteStartObject();
                WriteType(writer, "array", nullable);
                if (description != null) writer.WriteString("description", description);
                writer.WritePropertyName("items");
                // Validation attributes on a collection property apply to each item, as PowerShell applies them.
                WriteValue(writer, itemType, attributes, Nullable.GetUnderlyingType(itemType) != null, null, enclosing, where + "[]");
                if (attributes.OfType<ValidateCountAttribute>().FirstOrDefault() is ValidateCountAttribute count)
                {
                    writer.WriteNumber("minItems", count.MinLength);
                    writer.WriteNumber("maxItems", count.MaxLength);
                }
                writer.WriteEndObject();
                return;
            }

            if (IsNestedObject(type))
            {
                WriteObject(writer, type, enclosing, description ?? DescriptionOf(type), nullable);
                return;
            }

            string jsonType = DotNetTypeSchema.JsonTypeOf(type)!;
            writer.WriteStartObject();
            WriteType(writer, jsonType, nullable);
            if (description != null) writer.WriteString("description", description);
            string? format = DotNetTypeSchema.FormatOf(type);
            if (format != null) writer.WriteString("format", format);
            DotNetTypeSchema.WriteConstraints(writer, type, jsonType, attributes, nullable);
            if (jsonType == "string" && attributes.OfType<ValidateNotNullOrEmptyAttribute>().Any() && !attributes.OfType<ValidateLengthAttribute>().Any())
            {
                writer.WriteNumber("minLength", 1);
            }
            writer.WriteEndObject();
        }

        private static void WriteType(Utf8JsonWriter writer, string jsonType, bool nullable)
        {
            if (!nullable)
            {
                writer.WriteString("type", jsonType);
                return;
            }
            writer.WriteStartArray("type");
            writer.WriteStringValue(jsonType);
            writer.WriteStringValue("null");
            writer.WriteEndArray();
        }

        private static bool IsNestedObject(Type type) =>
            !type.IsPrimitive && !type.IsEnum && !DotNetTypeSchema.IsTextLike(type) && !DotNetTypeSchema.IsNumeric(type)
            && type != typeof(SwitchParameter) && PublicProperties(type).Length > 0;

        private static PropertyInfo[] PublicProperties(Type type) =>
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && !p.IsDefined(typeof(HiddenAttribute), true))
                .OrderBy(p => p.MetadataToken)
                .ToArray();

        private static string? PropertyDescription(PropertyInfo property, IList<Attribute> attributes)
        {
            string? text = DescriptionOf(property);
            if (text != null) return text;
            string? help = attributes.OfType<ParameterAttribute>().Select(p => p.HelpMessage).FirstOrDefault(h => !string.IsNullOrWhiteSpace(h));
            return help?.Trim();
        }

        private static LocalInputException Refuse(Type type, string reason) =>
            new LocalInputException(JsonSchemaArgument.InvalidJsonSchemaId, ErrorCategory.InvalidArgument,
                "The class [" + type.Name + "] cannot be used as -JsonSchema: " + reason, "JsonSchema");
    }
}
