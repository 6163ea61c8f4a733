using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using BedrockPS.Core.StructuredOutput;

namespace BedrockPS.Core.Tests.StructuredOutput
{
    public class JsonSchemaValidatorTests
    {
        private static readonly JsonSchemaValidator Ticket = JsonSchemaValidator.Compile(SchemaJson.Parse(SchemaJson.Ticket));

        private static IReadOnlyList<JsonSchemaFinding> Check(JsonSchemaValidator validator, string answer) => validator.Validate(SchemaJson.Parse(answer));

        private static IReadOnlyList<JsonSchemaFinding> Check(string schema, string answer) => Check(JsonSchemaValidator.Compile(SchemaJson.Parse(schema)), answer);

        [Fact]
        public void A_valid_ticket_has_no_findings()
        {
            Assert.Empty(Check(Ticket, "{'category':'bug','priority':2,'summary':'Crash on save','customer':null,'tags':['editor']}"));
            Assert.True(Ticket.IsValid(SchemaJson.Parse("{'category':'billing','priority':5,'summary':'','customer':'ACME','tags':[]}")));
        }

        [Fact]
        public void Each_kind_of_miss_is_reported_at_its_json_pointer()
        {
            var findings = Check(Ticket, "{'category':'urgent','priority':9,'summary':7,'tags':['a',3],'mood':'sad'}");

            Assert.Contains(findings, f => f.Path == "/category" && f.Message.Contains("\"urgent\" is not one of the allowed values") && f.Message.Contains("\"billing\""));
            Assert.Contains(findings, f => f.Path == "/priority" && f.Message.Contains("greater than the maximum 5"));
            Assert.Contains(findings, f => f.Path == "/summary" && f.Message == "expected string, got number 7.");
            Assert.Contains(findings, f => f.Path == "/tags/1" && f.Message.StartsWith("expected string", System.StringComparison.Ordinal));
            Assert.Contains(findings, f => f.Path == "/mood" && f.Message.Contains("not in the schema"));
            Assert.Contains(findings, f => f.Path == "" && f.Message.Contains("\"customer\" is missing"));
            Assert.Equal(6, findings.Count);
        }

        [Fact]
        public void Type_arrays_allow_each_listed_type()
        {
            const string schema = "{'type':['integer','null']}";
            Assert.Empty(Check(schema, "null"));
            Assert.Empty(Check(schema, "4"));
            Assert.Empty(Check(schema, "4.0"));
            Assert.Equal("expected null or integer, got number 4.5.", Assert.Single(Check(schema, "4.5")).Message);
            Assert.Single(Check(schema, "'4'"));
        }

        [Fact]
        public void Bounds_lengths_and_counts_are_checked()
        {
            Assert.Single(Check("{'type':'number','exclusiveMinimum':0}", "0"));
            Assert.Empty(Check("{'type':'number','exclusiveMinimum':0}", "0.001"));
            Assert.Single(Check("{'type':'number','exclusiveMaximum':1}", "1"));
            Assert.Single(Check("{'type':'number','minimum':-1.5}", "-2"));
            Assert.Single(Check("{'type':'number','multipleOf':0.5}", "1.25"));
            Assert.Empty(Check("{'type':'number','multipleOf':0.5}", "1.5"));
            Assert.Single(Check("{'type':'string','minLength':2}", "'a'"));
            // Length counts characters, not UTF-16 units: one emoji is one character.
            Assert.Empty(Check("{'type':'string','maxLength':1}", "'\\ud83d\\ude00'"));
            Assert.Contains("at least 2 are required", Assert.Single(Check("{'type':'array','minItems':2}", "[1]")).Message);
            Assert.Single(Check("{'type':'array','maxItems':1}", "[1,2]"));
        }

        [Fact]
        public void Pattern_const_and_non_string_enums_are_checked()
        {
            Assert.Empty(Check("{'type':'string','pattern':'^[A-Z]{3}-\\\\d+$'}", "'ABC-12'"));
            Assert.Contains("does not match the pattern", Assert.Single(Check("{'type':'string','pattern':'^[A-Z]{3}-\\\\d+$'}", "'abc'")).Message);
            Assert.Empty(Check("{'const':'v1'}", "'v1'"));
            Assert.Single(Check("{'const':'v1'}", "'v2'"));
            Assert.Empty(Check("{'enum':[1,true,null]}", "1.0"));
            Assert.Single(Check("{'enum':[1,true,null]}", "false"));
        }

        [Fact]
        public void AdditionalProperties_as_a_schema_checks_the_extra_values()
        {
            const string schema = "{'type':'object','properties':{'a':{'type':'string'}},'additionalProperties':{'type':'integer'}}";
            Assert.Empty(Check(schema, "{'a':'x','b':1}"));
            Assert.Equal("/b", Assert.Single(Check(schema, "{'a':'x','b':'no'}")).Path);
        }

        [Fact]
        public void AnyOf_passes_on_one_match_and_reports_the_closest_miss()
        {
            const string schema = "{'anyOf':[{'type':'string','maxLength':3},{'type':'integer'}]}";
            Assert.Empty(Check(schema, "'abc'"));
            Assert.Empty(Check(schema, "12"));
            JsonSchemaFinding finding = Assert.Single(Check(schema, "'abcdef'"));
            Assert.Contains("matches none of the 2 allowed alternatives", finding.Message);
            Assert.Contains("at most 3", finding.Message);
        }

        [Fact]
        public void Local_refs_to_defs_and_definitions_are_followed_including_recursive_ones()
        {
            const string schema = @"{'type':'object','properties':{
                'owner':{'$ref':'#/$defs/person'},
                'tree':{'$ref':'#/definitions/node'}},
              '$defs':{'person':{'type':'object','properties':{'name':{'type':'string'}},'required':['name']}},
              'definitions':{'node':{'type':'object','properties':{'children':{'type':'array','items':{'$ref':'#/definitions/node'}}}}}}";
            Assert.Empty(Check(schema, "{'owner':{'name':'Ann'},'tree':{'children':[{'children':[]}]}}"));
            var findings = Check(schema, "{'owner':{},'tree':{'children':[{'children':[7]}]}}");
            Assert.Contains(findings, f => f.Path == "/owner" && f.Message.Contains("\"name\" is missing"));
            Assert.Contains(findings, f => f.Path == "/tree/children/0/children/0");
        }

        [Fact]
        public void Pointer_tokens_are_escaped()
        {
            JsonSchemaFinding finding = Assert.Single(Check("{'type':'object','additionalProperties':false}", "{'a/b~c':1}"));
            Assert.Equal("/a~1b~0c", finding.Path);
        }

        [Fact]
        public void The_number_of_findings_is_capped()
        {
            var validator = JsonSchemaValidator.Compile(SchemaJson.Parse("{'type':'array','items':{'type':'string'}}"));
            JsonElement many = SchemaJson.Parse("[" + string.Join(",", Enumerable.Range(0, 100)) + "]");
            Assert.Equal(20, validator.Validate(many).Count);
            Assert.Equal(3, validator.Validate(many, 3).Count);
        }

        [Theory]
        [InlineData("{'type':'text'}", "unknown type")]
        [InlineData("{'properties':{'a':{'$ref':'#/$defs/missing'}}}", "does not name a schema")]
        [InlineData("{'$ref':'https://example.com/schema.json'}", "does not name a schema")]
        [InlineData("{'type':'string','pattern':'('}", "not a valid regular expression")]
        [InlineData("{'type':'array','minItems':-1}", "whole number")]
        [InlineData("{'properties':{'a':5}}", "not an object")]
        public void Malformed_schemas_are_refused_when_compiled(string schema, string expected)
        {
            var error = Assert.Throws<BedrockServiceException>(() => JsonSchemaValidator.Compile(SchemaJson.Parse(schema)));
            Assert.Equal(BedrockErrorCodes.InvalidJsonSchema, error.ErrorCode);
            Assert.Contains(expected, error.Message);
        }

        [Fact]
        public void Findings_read_as_one_line_each()
        {
            var findings = Check(Ticket, "{'category':'bug','priority':0,'summary':'s','customer':null,'tags':[]}");
            Assert.Equal("- /priority: 0 is less than the minimum 1.", JsonSchemaFinding.Describe(findings));
        }
    }
}
