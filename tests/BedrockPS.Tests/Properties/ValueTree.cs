using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace BedrockPS.Tests.Properties
{
    /// <summary>
    /// A generated value as a PowerShell script would build it: null, bool, int, long, double, string (any unicode),
    /// DateTime, nested arrays, ordered hashtables and PSCustomObjects. Renders itself as a PowerShell expression and
    /// as the JSON BedrockPS is expected to send for it.
    /// </summary>
    internal sealed class ValueTree
    {
        private static readonly Gen<string> GenText = Gen.String[Gen.Frequency(
            (6, Gen.Char['a', 'z']), (2, Gen.Char[" '\"`$\\\n\t{}[]@#"]), (2, Gen.Char["äß✓€日本ሴ‘’“”\u0000\u2028"]), (1, Gen.Char['\u0100', '\ud7ff'])), 0, 16];

        private static readonly Gen<ValueTree> GenLeaf = Gen.Frequency(
            (1, Gen.Const(() => new ValueTree("null", null))),
            (1, Gen.Bool.Select(b => new ValueTree("bool", b))),
            (2, Gen.Int.Select(i => new ValueTree("int", i))),
            (1, Gen.Long.Where(l => l < int.MinValue || l > int.MaxValue).Select(l => new ValueTree("long", l))),
            (2, Gen.Double.Where(double.IsFinite).Select(d => new ValueTree("double", d))),
            (2, GenText.Select(s => new ValueTree("string", s))),
            (1, Gen.DateTime.Select(d => new ValueTree("date", DateTime.SpecifyKind(d, DateTimeKind.Utc)))));

        public static readonly Gen<ValueTree> Any = Gen.Recursive<ValueTree>((depth, inner) => depth >= 4
            ? GenLeaf
            : Gen.Frequency(
                (3, GenLeaf),
                (1, inner.Array[0, 4].Select(items => new ValueTree("array", items))),
                (1, Gen.Select(Gen.Bool, Gen.Select(GenText.Where(k => k.Length > 0), inner).Array[0, 4]).Select((custom, members) =>
                    new ValueTree(custom ? "pscustomobject" : "ordered", members
                        .GroupBy(m => m.Item1, StringComparer.OrdinalIgnoreCase).Select(g => g.First()).ToArray())))));

        private ValueTree(string kind, object? value)
        {
            Kind = kind;
            Value = value;
        }

        public string Kind { get; }

        public object? Value { get; }

        /// <summary>A PowerShell expression that builds this value exactly (strings from char codes, so no quoting rule applies).</summary>
        public string ToPowerShell()
        {
            switch (Kind)
            {
                case "null": return "$null";
                case "bool": return (bool)Value! ? "$true" : "$false";
                case "int": return "([int]'" + ((int)Value!).ToString(CultureInfo.InvariantCulture) + "')";
                case "long": return "([long]'" + ((long)Value!).ToString(CultureInfo.InvariantCulture) + "')";
                case "double": return "([double]'" + ((double)Value!).ToString("R", CultureInfo.InvariantCulture) + "')";
                case "string": return Text((string)Value!);
                case "date": return "([datetime]::new(" + ((DateTime)Value!).Ticks.ToString(CultureInfo.InvariantCulture) + ", 'Utc'))";
                case "array":
                {
                    var items = (ValueTree[])Value!;
                    // The comma operator keeps nested arrays nested; @() of one array would flatten it.
                    return items.Length == 0 ? "@()" : items.Length == 1 ? "(," + items[0].ToPowerShell() + ")" : "(" + string.Join(", ", items.Select(i => i.ToPowerShell())) + ")";
                }
                default:
                {
                    var members = ((string, ValueTree)[])Value!;
                    string table = "[ordered]@{" + string.Join("; ", members.Select(m => "(" + Text(m.Item1) + ") = " + m.Item2.ToPowerShell())) + "}";
                    return Kind == "pscustomobject" ? "([pscustomobject]" + table + ")" : table;
                }
            }
        }

        /// <summary>The JSON the value must become: dates as ISO 8601 round-trip text, objects in member order.</summary>
        public JsonNode? ToJson()
        {
            switch (Kind)
            {
                case "null": return null;
                case "bool": return JsonValue.Create((bool)Value!);
                case "int": return JsonValue.Create((int)Value!);
                case "long": return JsonValue.Create((long)Value!);
                case "double": return JsonValue.Create((double)Value!);
                case "string": return JsonValue.Create((string)Value!);
                case "date": return JsonValue.Create(((DateTime)Value!).ToString("o", CultureInfo.InvariantCulture));
                case "array": return new JsonArray(((ValueTree[])Value!).Select(i => i.ToJson()).ToArray());
                default:
                {
                    var obj = new JsonObject();
                    foreach (var (name, value) in ((string, ValueTree)[])Value!)
                    {
                        obj[name] = value.ToJson();
                    }
                    return obj;
                }
            }
        }

        public override string ToString() => ToPowerShell();

        private static string Text(string text)
        {
            if (text.Length == 0)
            {
                return "''";
            }
            var codes = new StringBuilder();
            foreach (char c in text)
            {
                codes.Append(codes.Length == 0 ? "" : ",").Append(((int)c).ToString(CultureInfo.InvariantCulture));
            }
            return "(-join [char[]]@(" + codes + "))";
        }
    }
}
