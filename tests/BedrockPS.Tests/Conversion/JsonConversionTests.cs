using System.Collections;
using System.Collections.Specialized;
using System.Management.Automation;
using System.Text;
using System.Text.Json;
using BedrockPS.Conversion;
using Xunit;

namespace BedrockPS.Tests.Conversion
{
    public class JsonConversionTests
    {
        [Fact]
        public void Json_objects_become_PSCustomObjects_with_typed_values()
        {
            var value = (PSObject)JsonToPowerShell.Parse("{\"text\":\"hi\",\"n\":3,\"big\":12345678901,\"f\":0.5,\"ok\":true,\"none\":null,\"list\":[1,\"two\"],\"inner\":{\"a\":1}}")!;

            Assert.Equal("hi", value.Properties["text"].Value);
            Assert.Equal(3, value.Properties["n"].Value);
            Assert.Equal(12345678901L, value.Properties["big"].Value);
            Assert.Equal(0.5, value.Properties["f"].Value);
            Assert.Equal(true, value.Properties["ok"].Value);
            Assert.Null(value.Properties["none"].Value);
            Assert.Equal(new object[] { 1, "two" }, (object[])value.Properties["list"].Value);
            Assert.Equal(1, ((PSObject)value.Properties["inner"].Value).Properties["a"].Value);
        }

        [Fact]
        public void TryParse_gives_null_for_text_that_is_not_json()
        {
            Assert.Null(JsonToPowerShell.TryParse("plain words"));
        }

        [Fact]
        public void Hashtables_and_custom_objects_become_json_objects_in_order()
        {
            var ordered = new OrderedDictionary { ["b"] = 1, ["a"] = new[] { "x", "y" } };
            var custom = new PSObject();
            custom.Properties.Add(new PSNoteProperty("name", "tool"));
            custom.Properties.Add(new PSNoteProperty("nested", new Hashtable { ["k"] = true }));

            Assert.Equal("{\"b\":1,\"a\":[\"x\",\"y\"]}", Encoding.UTF8.GetString(PowerShellToJson.ToUtf8(ordered)));
            Assert.Equal("{\"name\":\"tool\",\"nested\":{\"k\":true}}", Encoding.UTF8.GetString(PowerShellToJson.ToUtf8(custom)));
        }

        [Fact]
        public void Json_text_is_parsed_rather_than_quoted()
        {
            JsonElement element = PowerShellToJson.ParseOrConvert("{\"top_k\":5}");

            Assert.Equal(JsonValueKind.Object, element.ValueKind);
            Assert.Equal(5, element.GetProperty("top_k").GetInt32());
        }

        [Fact]
        public void A_reference_loop_is_refused_instead_of_overflowing()
        {
            var loop = new Hashtable();
            loop["self"] = loop;

            Assert.Throws<System.ArgumentException>(() => PowerShellToJson.ToUtf8(loop));
        }

        [Fact]
        public void Values_survive_a_round_trip()
        {
            string json = "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"max_tokens\":50,\"temperature\":0.25}";

            string back = Encoding.UTF8.GetString(PowerShellToJson.ToUtf8(JsonToPowerShell.Parse(json)));

            Assert.Equal(json, back);
        }
    }
}
