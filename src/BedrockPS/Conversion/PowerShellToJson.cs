using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Text;
using System.Text.Json;

namespace BedrockPS.Conversion
{
    /// <summary>
    /// Writes PowerShell values as JSON: hashtables and dictionaries, PSCustomObjects (note properties), arrays,
    /// strings, numbers, booleans, dates (ISO 8601) and enums (their name). A string that already holds JSON is
    /// used as is when the caller asks for that (-Body '{"a":1}').
    /// </summary>
    internal static class PowerShellToJson
    {
        private const int MaxDepth = 64;

        public static byte[] ToUtf8(object? value)
        {
            using (var stream = new MemoryStream())
            {
                using (var writer = new Utf8JsonWriter(stream))
                {
                    Write(writer, value, 0);
                }
                return stream.ToArray();
            }
        }

        public static JsonElement ToElement(object? value)
        {
            using (JsonDocument document = JsonDocument.Parse(ToUtf8(value)))
            {
                return document.RootElement.Clone();
            }
        }

        /// <summary>
        /// A JSON document from a value that may be JSON text, a hashtable or an object. Strings are parsed as JSON
        /// (throws JsonException when they are not valid JSON).
        /// </summary>
        public static JsonElement ParseOrConvert(object? value)
        {
            object? unwrapped = Unwrap(value);
            if (unwrapped is string text)
            {
                using (JsonDocument document = JsonDocument.Parse(text))
                {
                    return document.RootElement.Clone();
                }
            }
            return ToElement(unwrapped);
        }

        private static object? Unwrap(object? value)
        {
            if (value is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject)) return wrapped.BaseObject;
            return value;
        }

        private static void Write(Utf8JsonWriter writer, object? value, int depth)
        {
            if (depth > MaxDepth) throw new ArgumentException("The object is nested more than " + MaxDepth + " levels deep (a reference loop?).");
            value = Unwrap(value);
            switch (value)
            {
                case null:
                    writer.WriteNullValue();
                    return;
                case string s:
                    writer.WriteStringValue(s);
                    return;
                case char c:
                    writer.WriteStringValue(c.ToString());
                    return;
                case bool b:
                    writer.WriteBooleanValue(b);
                    return;
                case SwitchParameter sw:
                    writer.WriteBooleanValue(sw.IsPresent);
                    return;
                case int i:
                    writer.WriteNumberValue(i);
                    return;
                case long l:
                    writer.WriteNumberValue(l);
                    return;
                case double d:
                    writer.WriteNumberValue(d);
                    return;
                case float f:
                    writer.WriteNumberValue(f);
                    return;
                case decimal m:
                    writer.WriteNumberValue(m);
                    return;
                case byte or sbyte or short or ushort or uint:
                    writer.WriteNumberValue(System.Convert.ToInt64(value, CultureInfo.InvariantCulture));
                    return;
                case ulong ul:
                    writer.WriteNumberValue(ul);
                    return;
                case DateTime dt:
                    writer.WriteStringValue(dt.ToString("o", CultureInfo.InvariantCulture));
                    return;
                case DateTimeOffset dto:
                    writer.WriteStringValue(dto.ToString("o", CultureInfo.InvariantCulture));
                    return;
                case Enum e:
                    writer.WriteStringValue(e.ToString());
                    return;
                case Guid g:
                    writer.WriteStringValue(g.ToString());
                    return;
                case Uri u:
                    writer.WriteStringValue(u.ToString());
                    return;
                case JsonElement element:
                    element.WriteTo(writer);
                    return;
                case byte[] bytes:
                    writer.WriteBase64StringValue(bytes);
                    return;
                case IDictionary dictionary:
                    writer.WriteStartObject();
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        writer.WritePropertyName(System.Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty);
                        Write(writer, entry.Value, depth + 1);
                    }
                    writer.WriteEndObject();
                    return;
                case PSObject custom:
                    WriteProperties(writer, custom, depth);
                    return;
                case IEnumerable sequence:
                    writer.WriteStartArray();
                    foreach (object? item in sequence) Write(writer, item, depth + 1);
                    writer.WriteEndArray();
                    return;
                default:
                    // Other .NET objects: their public properties, as ConvertTo-Json does.
                    WriteProperties(writer, PSObject.AsPSObject(value), depth);
                    return;
            }
        }

        private static void WriteProperties(Utf8JsonWriter writer, PSObject value, int depth)
        {
            writer.WriteStartObject();
            foreach (PSPropertyInfo property in value.Properties)
            {
                if (!(property is PSNoteProperty) && !(property is PSProperty)) continue;
                writer.WritePropertyName(property.Name);
                Write(writer, property.Value, depth + 1);
            }
            writer.WriteEndObject();
        }
    }
}
