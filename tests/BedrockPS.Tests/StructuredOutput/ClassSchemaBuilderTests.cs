using System;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using BedrockPS.Core.StructuredOutput;
using BedrockPS.Infrastructure;
using BedrockPS.StructuredOutput;
using Xunit;

namespace BedrockPS.Tests.StructuredOutput
{
    public sealed class ClassSchemaBuilderTests : IDisposable
    {
        private const string Classes = @"
enum Priority { Low; Normal; High }

class Address {
    [string] $City
    [Nullable[int]] $Zip
}

[System.ComponentModel.Description('A support ticket, triaged.')]
class Ticket {
    [ValidateSet('billing', 'bug', 'feature')] [string] $Category
    [Priority] $Priority
    [ValidateRange(1, 10)] [int] $Urgency
    [System.ComponentModel.Description('One sentence.')] [ValidateLength(1, 120)] [string] $Summary
    [double] $Score
    [decimal] $Refund
    [bool] $Escalate
    [datetime] $Due
    [Nullable[int]] $Duplicates
    [AllowNull()] [string] $Customer
    [string[]] $Tags
    [System.Collections.Generic.List[int]] $Lines
    [Address] $Address
    [Address[]] $Contacts
    [ValidatePattern('^T-\d+$')] [string] $Reference
    hidden [string] $Internal
}
";

        private readonly ClassEngine engine = new ClassEngine();

        public ClassSchemaBuilderTests()
        {
            engine.Run(Classes);
        }

        public void Dispose() => engine.Dispose();

        private Type ClassNamed(string name) => engine.RunOne<Type>("[" + name + "]");

        private static JsonElement Property(JsonElement schema, string name) => schema.GetProperty("properties").GetProperty(name);

        [Fact]
        public void Each_property_type_and_attribute_becomes_its_keywords()
        {
            JsonElement schema = ClassSchemaBuilder.Build(ClassNamed("Ticket"));

            Assert.Equal("object", schema.GetProperty("type").GetString());
            Assert.Equal("A support ticket, triaged.", schema.GetProperty("description").GetString());
            Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
            string[] names = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();
            Assert.Equal(new[] { "Category", "Priority", "Urgency", "Summary", "Score", "Refund", "Escalate", "Due", "Duplicates", "Customer", "Tags", "Lines", "Address", "Contacts", "Reference" }, names);
            Assert.Equal(names, schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()).ToArray());

            Assert.Equal("{\"type\":\"string\",\"enum\":[\"billing\",\"bug\",\"feature\"]}", Property(schema, "Category").GetRawText());
            Assert.Equal("{\"type\":\"string\",\"enum\":[\"Low\",\"Normal\",\"High\"]}", Property(schema, "Priority").GetRawText());
            Assert.Equal("{\"type\":\"integer\",\"minimum\":1,\"maximum\":10}", Property(schema, "Urgency").GetRawText());
            Assert.Equal("{\"type\":\"string\",\"description\":\"One sentence.\",\"minLength\":1,\"maxLength\":120}", Property(schema, "Summary").GetRawText());
            Assert.Equal("number", Property(schema, "Score").GetProperty("type").GetString());
            Assert.Equal("number", Property(schema, "Refund").GetProperty("type").GetString());
            Assert.Equal("boolean", Property(schema, "Escalate").GetProperty("type").GetString());
            Assert.Equal("{\"type\":\"string\",\"format\":\"date-time\"}", Property(schema, "Due").GetRawText());
            Assert.Equal("{\"type\":[\"integer\",\"null\"]}", Property(schema, "Duplicates").GetRawText());
            Assert.Equal("{\"type\":[\"string\",\"null\"]}", Property(schema, "Customer").GetRawText());
            Assert.Equal("{\"type\":\"array\",\"items\":{\"type\":\"string\"}}", Property(schema, "Tags").GetRawText());
            Assert.Equal("{\"type\":\"array\",\"items\":{\"type\":\"integer\"}}", Property(schema, "Lines").GetRawText());
            Assert.Equal("{\"type\":\"object\",\"properties\":{\"City\":{\"type\":\"string\"},\"Zip\":{\"type\":[\"integer\",\"null\"]}},\"required\":[\"City\",\"Zip\"],\"additionalProperties\":false}",
                Property(schema, "Address").GetRawText());
            Assert.Equal(Property(schema, "Address").GetRawText(), Property(schema, "Contacts").GetProperty("items").GetRawText());
            Assert.Equal("^T-\\d+$", Property(schema, "Reference").GetProperty("pattern").GetString());
        }

        [Fact]
        public void The_class_schema_is_accepted_by_the_service_policy_and_real_instances_validate_against_it()
        {
            JsonElement schema = ClassSchemaBuilder.Build(ClassNamed("Ticket"));
            Assert.Empty(JsonSchemaPolicy.Bedrock.FindProblems(schema));

            string json = engine.RunOne<string>(@"
                $t = [Ticket]::new()
                $t.Category = 'bug'; $t.Priority = 'High'; $t.Urgency = 3; $t.Summary = 'Crash'; $t.Score = 0.5; $t.Refund = 12.50
                $t.Escalate = $true; $t.Due = [datetime]'2026-12-03T10:00:00Z'; $t.Duplicates = $null; $t.Customer = $null
                $t.Tags = @('a'); $t.Lines = [System.Collections.Generic.List[int]]::new(); $t.Address = [Address]@{ City = 'Oslo'; Zip = 150 }
                $t.Contacts = @([Address]@{ City = 'Bergen'; Zip = $null }); $t.Reference = 'T-42'
                $t | ConvertTo-Json -Depth 5 -EnumsAsStrings -Compress");
            // ConvertTo-Json writes hidden properties too; the schema leaves them out, so the answer must as well.
            Assert.Contains(",\"Internal\":null", json);
            json = json.Replace(",\"Internal\":null", string.Empty);
            using JsonDocument answer = JsonDocument.Parse(json);
            var validator = JsonSchemaValidator.Compile(schema);
            Assert.Empty(validator.Validate(answer.RootElement));

            using JsonDocument wrong = JsonDocument.Parse(json.Replace("\"Urgency\":3", "\"Urgency\":11").Replace("\"T-42\"", "\"42\""));
            var findings = validator.Validate(wrong.RootElement);
            Assert.Contains(findings, f => f.Path == "/Urgency");
            Assert.Contains(findings, f => f.Path == "/Reference");
        }

        [Fact]
        public void A_class_that_contains_itself_is_refused()
        {
            engine.Run("class TreeNode { [string] $Name; [TreeNode[]] $Children }");
            var error = Assert.Throws<LocalInputException>(() => ClassSchemaBuilder.Build(ClassNamed("TreeNode")));
            Assert.Equal("BedrockPS.InvalidJsonSchema", error.ErrorId);
            Assert.Contains("contains itself (through TreeNode > TreeNode)", error.Message);
        }

        [Theory]
        [InlineData("class Loose { [object] $Anything }", "Loose", "Loose.Anything is of type [Object]")]
        [InlineData("class Bag { [hashtable] $Extra }", "Bag", "Bag.Extra is of type [Hashtable]")]
        [InlineData("class Empty { hidden [string] $Secret }", "Empty", "has no public properties")]
        public void Shapes_a_schema_cannot_say_are_refused(string definition, string name, string expected)
        {
            engine.Run(definition);
            var error = Assert.Throws<LocalInputException>(() => ClassSchemaBuilder.Build(ClassNamed(name)));
            Assert.Equal(ErrorCategory.InvalidArgument, error.Category);
            Assert.Contains(expected, error.Message);
        }

        [Fact]
        public void Nullable_enums_allow_null_among_their_values_and_help_messages_describe()
        {
            engine.Run("class Opt { [Parameter(HelpMessage = 'How bad.')] [AllowNull()] [ValidateSet('low','high')] [string] $Level; [Nullable[Priority]] $Priority }");
            JsonElement schema = ClassSchemaBuilder.Build(ClassNamed("Opt"));
            Assert.Equal("{\"type\":[\"string\",\"null\"],\"description\":\"How bad.\",\"enum\":[\"low\",\"high\",null]}", Property(schema, "Level").GetRawText());
            Assert.Equal("{\"type\":[\"string\",\"null\"],\"enum\":[\"Low\",\"Normal\",\"High\",null]}", Property(schema, "Priority").GetRawText());
            var validator = JsonSchemaValidator.Compile(schema);
            Assert.True(validator.IsValid(JsonDocument.Parse("{\"Level\":null,\"Priority\":null}").RootElement));
            Assert.False(validator.IsValid(JsonDocument.Parse("{\"Level\":\"mid\",\"Priority\":\"Low\"}").RootElement));
        }
    }
}
