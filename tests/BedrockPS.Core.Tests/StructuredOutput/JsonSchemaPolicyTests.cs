using System.Linq;
using System.Text.Json;
using BedrockPS.Core.StructuredOutput;

namespace BedrockPS.Core.Tests.StructuredOutput
{
    public class JsonSchemaPolicyTests
    {
        private static readonly JsonSchemaPolicy Policy = JsonSchemaPolicy.Bedrock;

        [Fact]
        public void The_ticket_schema_is_accepted()
        {
            Assert.Empty(Policy.FindProblems(SchemaJson.Parse(SchemaJson.Ticket)));
        }

        [Theory]
        [InlineData("{'type':'object','properties':{'a':{'oneOf':[{'type':'string'},{'type':'integer'}]}}}", "/properties/a: the keyword \"oneOf\" is not supported", "use \"anyOf\"")]
        [InlineData("{'type':'object','properties':{'a':{'type':'string','nullable':true}}}", "\"nullable\" is not supported", "type array")]
        [InlineData("{'type':'object','patternProperties':{'^x':{'type':'string'}}}", "\"patternProperties\" is not supported", "under \"properties\"")]
        [InlineData("{'type':'object','if':{'required':['a']},'then':{}}", "\"if\" is not supported", "conditional")]
        [InlineData("{'type':'object','additionalProperties':true}", "/additionalProperties: \"additionalProperties\" must be false", "")]
        [InlineData("{'type':'object','additionalProperties':{'type':'string'}}", "open objects are not accepted", "")]
        [InlineData("{'type':'array','items':{'type':'string'}}", "(root): the top of the schema must be \"type\": \"object\"", "")]
        [InlineData("{'type':'object','properties':{'a':{'enum':[{'x':1}]}}}", "enum values must be strings", "")]
        [InlineData("{'type':'object','properties':{'a':{'type':'string','format':'credit-card'}}}", "the format \"credit-card\" is not supported", "")]
        [InlineData("{'type':'object','properties':{'a':{'type':'string','pattern':'(?=x)x'}}}", "lookahead", "")]
        [InlineData("{'type':'object','properties':{'a':{'type':'string','pattern':'(a)\\\\1'}}}", "backreference", "")]
        [InlineData("{'type':'object','properties':{'a':{'type':'string'}},'required':['b']}", "\"b\" is required but not declared", "")]
        [InlineData("{'type':'object','properties':{'a':true}}", "/properties/a: boolean schemas", "")]
        [InlineData("{'type':'object','properties':{'t':{'$ref':'#/$defs/t'}},'$defs':{'t':{'type':'object','properties':{'c':{'$ref':'#/$defs/t'}}}}}", "recursive", "")]
        [InlineData("{'type':'object','properties':{'a':{'$ref':'other.json#/a'}}}", "only local references", "")]
        public void What_the_service_refuses_is_named_with_where_it_is(string schema, string expected, string hint)
        {
            var problems = Policy.FindProblems(SchemaJson.Parse(schema));
            string all = string.Join("\n", problems);
            Assert.Contains(expected, all);
            Assert.Contains(hint, all);
        }

        [Fact]
        public void Constraints_the_decoder_does_not_take_are_not_refused()
        {
            const string schema = "{'type':'object','properties':{'n':{'type':'integer','minimum':1,'maximum':5,'multipleOf':1},'s':{'type':'string','minLength':1,'maxLength':9},'l':{'type':'array','items':{'type':'string'},'minItems':3,'maxItems':4}}}";
            Assert.Empty(Policy.FindProblems(SchemaJson.Parse(schema)));
        }

        [Fact]
        public void Too_deep_too_large_and_too_many_are_refused()
        {
            string deep = "{'type':'string'}";
            for (int i = 0; i < 12; i++) deep = "{'type':'object','properties':{'n':" + deep + "},'required':['n']}";
            Assert.Contains(Policy.FindProblems(SchemaJson.Parse(deep)), p => p.Contains("nests more than 10 levels"));

            string optional = "{'type':'object','properties':{" + string.Join(",", Enumerable.Range(0, 25).Select(i => "'p" + i + "':{'type':'string'}")) + "}}";
            Assert.Contains(Policy.FindProblems(SchemaJson.Parse(optional)), p => p.Contains("25 optional properties") && p.Contains("at most 24"));

            string unions = "{'type':'object','properties':{" + string.Join(",", Enumerable.Range(0, 17).Select(i => "'p" + i + "':{'type':['string','null']}")) + "},'required':["
                + string.Join(",", Enumerable.Range(0, 17).Select(i => "'p" + i + "'")) + "]}";
            Assert.Contains(Policy.FindProblems(SchemaJson.Parse(unions)), p => p.Contains("17 properties with a union type"));

            var small = new JsonSchemaPolicy { MaxSchemaBytes = 100, MaxProperties = 3, MaxEnumValues = 2 };
            var problems = small.FindProblems(SchemaJson.Parse(SchemaJson.Ticket));
            Assert.Contains(problems, p => p.Contains("bytes once references are inlined"));
            Assert.Contains(problems, p => p.Contains("5 properties in all"));
            Assert.Contains(problems, p => p.Contains("enums hold 4 values"));
        }

        [Fact]
        public void EnsureSupported_throws_one_error_listing_every_problem()
        {
            var error = Assert.Throws<BedrockServiceException>(() => Policy.EnsureSupported(SchemaJson.Parse(
                "{'type':'object','properties':{'a':{'oneOf':[{'type':'string'}]},'b':{'not':{'type':'string'}}}}")));
            Assert.Equal(BedrockErrorCodes.InvalidJsonSchema, error.ErrorCode);
            Assert.Contains("/properties/a: the keyword \"oneOf\"", error.Message);
            Assert.Contains("/properties/b: the keyword \"not\"", error.Message);
        }

        [Fact]
        public void The_schema_sent_is_inlined_closed_and_describes_its_local_constraints()
        {
            JsonElement sent = Policy.PrepareForService(SchemaJson.Parse(@"{'type':'object',
                'properties':{
                  'p':{'type':'integer','minimum':1,'maximum':5,'description':'Priority.'},
                  'tags':{'type':'array','items':{'$ref':'#/$defs/tag'},'minItems':2},
                  'who':{'$ref':'#/$defs/person'}},
                'required':['p','tags','who'],
                '$defs':{'tag':{'type':'string','maxLength':20},'person':{'type':'object','properties':{'name':{'type':'string'}},'required':['name']}}}"));

            string text = sent.GetRawText();
            Assert.DoesNotContain("$ref", text);
            Assert.DoesNotContain("$defs", text);
            Assert.DoesNotContain("\"minimum\"", text);
            Assert.DoesNotContain("maxLength", text);
            Assert.False(sent.GetProperty("additionalProperties").GetBoolean());
            Assert.False(sent.GetProperty("properties").GetProperty("who").GetProperty("additionalProperties").GetBoolean());
            Assert.Equal("Priority. Must be at least 1, at most 5.", sent.GetProperty("properties").GetProperty("p").GetProperty("description").GetString());
            JsonElement tags = sent.GetProperty("properties").GetProperty("tags");
            Assert.Equal(1, tags.GetProperty("minItems").GetInt32());
            Assert.Equal("Must be at least 2 items.", tags.GetProperty("description").GetString());
            Assert.Equal("Must be at most 20 characters.", tags.GetProperty("items").GetProperty("description").GetString());
            Assert.Empty(Policy.FindProblems(sent));
        }
    }
}
