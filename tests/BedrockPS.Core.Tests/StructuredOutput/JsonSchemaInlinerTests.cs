using System.Text.Json;
using BedrockPS.Core.StructuredOutput;

namespace BedrockPS.Core.Tests.StructuredOutput
{
    public class JsonSchemaInlinerTests
    {
        [Fact]
        public void A_schema_without_references_is_returned_as_is()
        {
            JsonElement schema = SchemaJson.Parse(SchemaJson.Ticket);
            Assert.False(JsonSchemaInliner.NeedsInlining(schema));
            Assert.Equal(schema.GetRawText(), JsonSchemaInliner.Inline(schema).GetRawText());
        }

        [Fact]
        public void Defs_and_definitions_are_inlined_where_they_are_used_and_dropped()
        {
            JsonElement inlined = JsonSchemaInliner.Inline(SchemaJson.Parse(@"{'type':'object',
                'properties':{'a':{'$ref':'#/$defs/money'},'b':{'type':'array','items':{'$ref':'#/definitions/item'}}},
                '$defs':{'money':{'type':'number','description':'Euros.'}},
                'definitions':{'item':{'type':'object','properties':{'price':{'$ref':'#/$defs/money'}}}}}"));

            Assert.Equal("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"number\",\"description\":\"Euros.\"},"
                + "\"b\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"price\":{\"type\":\"number\",\"description\":\"Euros.\"}}}}}}",
                inlined.GetRawText());
        }

        [Fact]
        public void Keywords_beside_a_ref_override_the_referenced_ones()
        {
            JsonElement inlined = JsonSchemaInliner.Inline(SchemaJson.Parse(
                "{'type':'object','properties':{'a':{'$ref':'#/$defs/m','description':'Local.'}},'$defs':{'m':{'type':'number','description':'Shared.'}}}"));
            JsonElement a = inlined.GetProperty("properties").GetProperty("a");
            Assert.Equal("Local.", a.GetProperty("description").GetString());
            Assert.Equal("number", a.GetProperty("type").GetString());
        }

        [Fact]
        public void A_definition_used_twice_side_by_side_is_not_mistaken_for_recursion()
        {
            JsonElement inlined = JsonSchemaInliner.Inline(SchemaJson.Parse(
                "{'type':'object','properties':{'a':{'$ref':'#/$defs/p'},'b':{'$ref':'#/$defs/p'}},'$defs':{'p':{'type':'object','properties':{'x':{'$ref':'#/$defs/q'}}},'q':{'type':'string'}}}"));
            Assert.Equal("string", inlined.GetProperty("properties").GetProperty("b").GetProperty("properties").GetProperty("x").GetProperty("type").GetString());
        }

        [Theory]
        [InlineData("{'type':'object','properties':{'self':{'$ref':'#'}}}")]
        [InlineData("{'$defs':{'a':{'type':'object','properties':{'b':{'$ref':'#/$defs/b'}}},'b':{'type':'array','items':{'$ref':'#/$defs/a'}}},'$ref':'#/$defs/a'}")]
        public void Recursive_references_are_refused_with_a_clear_error(string schema)
        {
            var error = Assert.Throws<BedrockServiceException>(() => JsonSchemaInliner.Inline(SchemaJson.Parse(schema)));
            Assert.Equal(BedrockErrorCodes.InvalidJsonSchema, error.ErrorCode);
            Assert.Contains("recursive", error.Message);
        }
    }
}
