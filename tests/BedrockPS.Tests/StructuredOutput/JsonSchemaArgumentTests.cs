using System;
using System.IO;
using System.Management.Automation;
using System.Text.Json;
using BedrockPS.Infrastructure;
using BedrockPS.StructuredOutput;
using Xunit;

namespace BedrockPS.Tests.StructuredOutput
{
    public sealed class JsonSchemaArgumentTests : IDisposable
    {
        private const string TicketJson = "{\"type\":\"object\",\"description\":\"A triaged ticket.\",\"properties\":{\"category\":{\"type\":\"string\",\"enum\":[\"billing\",\"bug\"]},\"priority\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":5}},\"required\":[\"category\",\"priority\"]}";

        private readonly ClassEngine engine = new ClassEngine();
        private readonly string folder = Path.Combine(Path.GetTempPath(), "bedrockps-schema-" + Guid.NewGuid().ToString("N"));

        public JsonSchemaArgumentTests()
        {
            Directory.CreateDirectory(folder);
        }

        public void Dispose()
        {
            engine.Dispose();
            Directory.Delete(folder, recursive: true);
        }

        private JsonSchemaArgument From(object? value) => JsonSchemaArgument.From(value, engine.ResolvePath);

        private static void AssertIsTicket(JsonSchemaArgument argument)
        {
            Assert.Equal("object", argument.Schema.GetProperty("type").GetString());
            Assert.Equal(5, argument.Schema.GetProperty("properties").GetProperty("priority").GetProperty("maximum").GetInt32());
            Assert.False(argument.ServiceSchema.TryGetProperty("$defs", out _));
            Assert.False(argument.ServiceSchema.GetProperty("properties").GetProperty("priority").TryGetProperty("maximum", out _));
            Assert.False(argument.ServiceSchema.GetProperty("additionalProperties").GetBoolean());
            Assert.True(argument.Validator.IsValid(JsonDocument.Parse("{\"category\":\"bug\",\"priority\":2}").RootElement));
            Assert.False(argument.Validator.IsValid(JsonDocument.Parse("{\"category\":\"bug\",\"priority\":9}").RootElement));
        }

        [Fact]
        public void An_ordered_dictionary_is_a_schema()
        {
            object value = engine.Run(@"[ordered]@{ type = 'object'; properties = [ordered]@{
                category = @{ type = 'string'; enum = @('billing', 'bug') }
                priority = @{ type = 'integer'; minimum = 1; maximum = 5 } }; required = @('category', 'priority') }")[0];
            JsonSchemaArgument argument = From(value);
            AssertIsTicket(argument);
            Assert.Equal(JsonSchemaArgument.DefaultName, argument.Name);
            Assert.Null(argument.Description);
        }

        [Fact]
        public void Json_text_is_a_schema_with_its_description()
        {
            JsonSchemaArgument argument = From("  " + TicketJson);
            AssertIsTicket(argument);
            Assert.Equal("A triaged ticket.", argument.Description);
        }

        [Fact]
        public void A_file_is_found_through_a_powershell_path_and_named_after_the_file()
        {
            File.WriteAllText(Path.Combine(folder, "ticket schema.json"), TicketJson);
            engine.Run("New-PSDrive -Name SchemaDrive -PSProvider FileSystem -Root '" + folder + "' | Out-Null");
            JsonSchemaArgument argument = From("SchemaDrive:\\ticket schema.json");
            AssertIsTicket(argument);
            Assert.Equal("ticket_schema", argument.Name);
        }

        [Fact]
        public void ConvertFrom_Json_output_is_a_schema_and_a_title_names_it()
        {
            object value = engine.Run("'" + TicketJson.Replace("{\"type\"", "{\"title\":\"Ticket triage v2\",\"type\"") + "' | ConvertFrom-Json")[0];
            JsonSchemaArgument argument = From(value);
            AssertIsTicket(argument);
            Assert.Equal("Ticket_triage_v2", argument.Name);
        }

        [Fact]
        public void A_class_is_a_schema_named_and_described_by_the_class()
        {
            engine.Run("[System.ComponentModel.Description('Triage.')] class TicketTriage { [ValidateSet('billing','bug')] [string] $category; [ValidateRange(1,5)] [int] $priority }");
            object type = engine.Run("[TicketTriage]")[0];
            JsonSchemaArgument argument = From(type);
            AssertIsTicket(argument);
            Assert.Equal("TicketTriage", argument.Name);
            Assert.Equal("Triage.", argument.Description);
        }

        [Theory]
        [InlineData("{\"type\":\"object\",", "BedrockPS.InvalidJsonSchema", "is not valid JSON")]
        [InlineData("[1,2]", "BedrockPS.InvalidJsonSchema", "must be a JSON object")]
        [InlineData("{\"type\":\"object\",\"properties\":{\"a\":{\"oneOf\":[{\"type\":\"string\"}]}}}", "BedrockPS.InvalidJsonSchema", "\"oneOf\" is not supported")]
        [InlineData("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"txt\"}}}", "BedrockPS.InvalidJsonSchema", "unknown type")]
        [InlineData("no-such-schema.json", "BedrockPS.FileNotFound", "does not exist")]
        public void Bad_schemas_are_refused_with_a_specific_error_and_the_input_as_target(string value, string errorId, string expected)
        {
            var error = Assert.Throws<LocalInputException>(() => From(value));
            Assert.Equal(errorId, error.ErrorId);
            Assert.Contains(expected, error.Message);
            ErrorRecord record = ErrorRecordFactory.FromException(error, value);
            Assert.Equal(errorId, record.FullyQualifiedErrorId);
            Assert.Same(value, record.TargetObject);
        }

        [Fact]
        public void Values_of_other_types_are_refused()
        {
            var error = Assert.Throws<LocalInputException>(() => From(42));
            Assert.Equal("BedrockPS.InvalidJsonSchema", error.ErrorId);
            Assert.Contains("[System.Int32]", error.Message);
            Assert.Throws<LocalInputException>(() => From(null));
        }
    }
}
