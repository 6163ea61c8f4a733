using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace BedrockPS.Tests.Reliability
{
    /// <summary>
    /// Gathers every piece of text a user could see or keep (output objects with their properties, error records
    /// with their exceptions and inner exceptions, verbose, debug, warning and information messages, the host
    /// screen, files) and finds the canary secrets in it.
    /// </summary>
    internal sealed class SecretSweep
    {
        private const int Depth = 4;
        private readonly List<KeyValuePair<string, string>> _texts = new List<KeyValuePair<string, string>>();

        public int TextCount => _texts.Count;

        public void Add(string where, string? text)
        {
            if (!string.IsNullOrEmpty(text)) _texts.Add(new KeyValuePair<string, string>(where, text!));
        }

        public void AddOutcome(string label, ScriptOutcome outcome)
        {
            foreach (object? item in outcome.Output) AddObject(label + " output", item, 0, new HashSet<object>(ReferenceEqualityComparer.Instance));
            foreach (ErrorRecord error in outcome.Errors) AddObject(label + " error", error, 0, new HashSet<object>(ReferenceEqualityComparer.Instance));
            if (outcome.Terminating != null) AddObject(label + " terminating", outcome.Terminating, 0, new HashSet<object>(ReferenceEqualityComparer.Instance));
            foreach (string line in outcome.Verbose) Add(label + " verbose", line);
            foreach (string line in outcome.Debug) Add(label + " debug", line);
            foreach (string line in outcome.Warnings) Add(label + " warning", line);
            foreach (InformationRecord record in outcome.Information) Add(label + " information", record.MessageData?.ToString() + " " + string.Join(" ", record.Tags));
        }

        /// <summary>Each canary (name, value) found, with where it was seen.</summary>
        public List<string> Leaks(IReadOnlyDictionary<string, string> canaries)
        {
            var leaks = new List<string>();
            foreach (KeyValuePair<string, string> canary in canaries)
            {
                // The whole value, and a middle fragment in case something echoes part of it.
                string fragment = canary.Value.Substring(canary.Value.Length / 2 - 6, 12);
                foreach (KeyValuePair<string, string> text in _texts)
                {
                    if (text.Value.Contains(canary.Value, StringComparison.Ordinal) || text.Value.Contains(fragment, StringComparison.Ordinal))
                        leaks.Add(canary.Key + " in " + text.Key + ": " + Excerpt(text.Value, fragment));
                }
            }
            return leaks;
        }

        private void AddObject(string where, object? value, int depth, HashSet<object> seen)
        {
            if (value == null || depth > Depth) return;
            if (value is PSObject psObject)
            {
                foreach (PSPropertyInfo property in psObject.Properties)
                {
                    if (property is PSNoteProperty || property is PSAliasProperty) AddObject(where + "." + property.Name, SafeGet(() => property.Value), depth + 1, seen);
                }
                value = psObject.BaseObject;
            }
            if (value is string text)
            {
                Add(where, text);
                return;
            }
            Type type = value.GetType();
            if (type.IsPrimitive || type.IsEnum || value is decimal || value is DateTime || value is System.Security.SecureString) return;
            if (!seen.Add(value)) return;
            Add(where + ".ToString()", SafeGet(() => value.ToString()) as string);
            if (value is Exception exception) Add(where + " exception text", exception.ToString());
            if (value is IDictionary dictionary)
            {
                foreach (DictionaryEntry entry in dictionary) AddObject(where + "[" + entry.Key + "]", entry.Value, depth + 1, seen);
                return;
            }
            if (value is IEnumerable sequence)
            {
                int index = 0;
                foreach (object? element in sequence)
                {
                    if (index++ > 200) break;
                    AddObject(where + "[]", element, depth + 1, seen);
                }
                return;
            }
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0 || property.Name == "TargetSite" || property.Name == "StackTrace") continue;
                AddObject(where + "." + property.Name, SafeGet(() => property.GetValue(value)), depth + 1, seen);
            }
        }

        private static object? SafeGet(Func<object?> getter)
        {
            try
            {
                return getter();
            }
            catch (Exception)
            {
                return null;
            }
        }

        private static string Excerpt(string text, string fragment)
        {
            int at = Math.Max(0, text.IndexOf(fragment, StringComparison.Ordinal) - 40);
            return text.Substring(at, Math.Min(120, text.Length - at));
        }
    }
}
