using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Text;
using System.Text.Json.Nodes;
using BedrockPS.Conversion;
using BedrockPS.Tests.Sessions;
using CsCheck;
using BedrockPS.Tests.Cmdlets;
using Xunit;

namespace BedrockPS.Tests.Properties
{
    /// <summary>
    /// Generated PowerShell values, built by the real PowerShell engine from a script, through PowerShellToJson (what
    /// requests send) and JsonToPowerShell (what tool inputs and native answers become). A failing case prints its
    /// seed and the PowerShell expression.
    /// </summary>
    public sealed class JsonConversionProperties : IDisposable
    {
        private readonly CmdletRunspace powerShell = CmdletRunspace.WithoutEmulator();

        public void Dispose() => powerShell.Dispose();

        [Fact]
        public void A_value_built_in_PowerShell_becomes_its_JSON_and_comes_back_unchanged()
        {
            // Property: any value a script builds (numbers, dates, nulls, unicode, nested arrays and objects) is
            // sent as exactly the JSON it stands for, and reading that JSON back gives the same value: same
            // numbers, same text, same nesting, same member order; a date comes back as its ISO 8601 text.
            ValueTree.Any.Sample(tree =>
            {
                object? built = Build(tree);

                byte[] json = PowerShellToJson.ToUtf8(built);
                Assert.Equal(Canonical(tree.ToJson()), Canonical(JsonNode.Parse(json)));

                object? back = JsonToPowerShell.Parse(Encoding.UTF8.GetString(json));
                AssertSame(tree, back);
            }, iter: 150, threads: 1);
        }

        [Fact]
        public void JSON_read_into_PowerShell_is_written_back_as_the_same_JSON()
        {
            // Property: any JSON document BedrockPS writes, read into PowerShell objects and written again, is
            // the same text: nothing is lost, reordered or renumbered on the way through PowerShell.
            ValueTree.Any.Sample(tree =>
            {
                string json = tree.ToJson()?.ToJsonString() ?? "null";
                object? value = json == "null" ? null : JsonToPowerShell.Parse(json);

                Assert.Equal(json, Encoding.UTF8.GetString(PowerShellToJson.ToUtf8(value)));
            }, iter: 1000);
        }

        private object? Build(ValueTree tree)
        {
            var result = powerShell.Run("$generated = " + tree.ToPowerShell());
            Assert.Empty(result.Errors);
            object? value = powerShell.Get("generated");
            return value is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject) ? wrapped.BaseObject : value;
        }

        private static string Canonical(JsonNode? node) => node?.ToJsonString() ?? "null";

        private static void AssertSame(ValueTree expected, object? actual)
        {
            switch (expected.Kind)
            {
                case "null":
                    Assert.Null(actual);
                    break;
                case "bool":
                case "string":
                    Assert.Equal(expected.Value, actual);
                    break;
                case "date":
                    Assert.Equal(((DateTime)expected.Value!).ToString("o", CultureInfo.InvariantCulture), actual);
                    break;
                case "int":
                case "long":
                case "double":
                    // Same number and an integer or double type; a whole double may come back as int or long
                    // (JSON writes 3.0 as 3), never as a decimal that a double cannot equal.
                    if (actual is double d)
                    {
                        Assert.Equal("double", expected.Kind);
                        Assert.Equal((double)expected.Value!, d);
                    }
                    else
                    {
                        Assert.True(actual is int || actual is long, "Not an integer or double: " + actual?.GetType());
                        Assert.Equal(Convert.ToDecimal(expected.Value, CultureInfo.InvariantCulture), Convert.ToDecimal(actual, CultureInfo.InvariantCulture));
                    }
                    break;
                case "array":
                {
                    var items = (ValueTree[])expected.Value!;
                    var list = Assert.IsType<object?[]>(actual);
                    Assert.Equal(items.Length, list.Length);
                    for (int i = 0; i < items.Length; i++)
                    {
                        AssertSame(items[i], list[i]);
                    }
                    break;
                }
                default:
                {
                    var members = ((string, ValueTree)[])expected.Value!;
                    var obj = Assert.IsType<PSObject>(actual);
                    Assert.Equal(members.Select(m => m.Item1), obj.Properties.Select(p => p.Name));
                    foreach (var (name, value) in members)
                    {
                        AssertSame(value, obj.Properties[name].Value);
                    }
                    break;
                }
            }
        }
    }
}
