using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Text;
using System.Text.Json;
using BedrockPS.Conversion;

namespace BedrockPS.StructuredOutput
{
    /// <summary>
    /// The flat row written for one input when structured output is flattened for Export-Csv: first the input
    /// row's columns, then the answer's top-level properties.
    /// </summary>
    /// <remarks>
    /// Input columns: a CSV row or other custom object gives its properties, a hashtable its keys, in their order;
    /// any other input (a prompt string) gives one column, Message.
    /// Data columns: each top-level property of the answer; strings, numbers, booleans and nulls as values, nested
    /// objects and arrays as compact JSON text.
    /// Names that collide: an input column is never overwritten or dropped. A data property whose name is already
    /// an input column (compared without regard to case, as PowerShell does) is written as Data_&lt;name&gt;, for example
    /// Data_Priority beside the input's Priority; if that name is taken too, _2, _3, ... is appended.
    /// </remarks>
    internal static class FlatRow
    {
        public const string MessageColumn = "Message";

        public const string CollisionPrefix = "Data_";

        /// <summary>The column an answer that is not a JSON object goes into.</summary>
        public const string DataColumn = "Data";

        public static PSObject Build(object? input, JsonElement data)
        {
            var row = PropertyBag.Create(8);
            var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            AddInputColumns(row, taken, input);
            if (data.ValueKind == JsonValueKind.Object)
            {
                foreach (JsonProperty property in data.EnumerateObject())
                {
                    string name = FreeName(taken, property.Name);
                    row.Properties.Add(new PSNoteProperty(name, CellValue(property.Value)));
                }
            }
            else
            {
                row.Properties.Add(new PSNoteProperty(FreeName(taken, DataColumn), CellValue(data)));
            }
            return row;
        }

        private static void AddInputColumns(PSObject row, HashSet<string> taken, object? input)
        {
            object? value = input is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject) ? wrapped.BaseObject : input;
            switch (value)
            {
                case null:
                    return;
                case PSObject custom:
                    foreach (PSPropertyInfo property in custom.Properties)
                    {
                        if (property is PSNoteProperty || property is PSProperty) Add(row, taken, property.Name, property.Value);
                    }
                    return;
                case IDictionary dictionary:
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        Add(row, taken, System.Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, entry.Value);
                    }
                    return;
                default:
                    Add(row, taken, MessageColumn, value);
                    return;
            }
        }

        private static void Add(PSObject row, HashSet<string> taken, string name, object? value)
        {
            // Two input keys differing only in case would clash on the PSObject; the second keeps a suffix instead of failing.
            string free = name;
            for (int n = 2; taken.Contains(free); n++) free = name + "_" + n;
            taken.Add(free);
            row.Properties.Add(new PSNoteProperty(free, value));
        }

        private static string FreeName(HashSet<string> taken, string name)
        {
            string candidate = taken.Contains(name) ? CollisionPrefix + name : name;
            for (int n = 2; taken.Contains(candidate); n++) candidate = CollisionPrefix + name + "_" + n;
            taken.Add(candidate);
            return candidate;
        }

        private static object? CellValue(JsonElement value)
        {
            if (value.ValueKind != JsonValueKind.Object && value.ValueKind != JsonValueKind.Array) return JsonToPowerShell.ConvertData(value);
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                value.WriteTo(writer);
            }
            return Encoding.UTF8.GetString(buffer.ToArray());
        }
    }
}
