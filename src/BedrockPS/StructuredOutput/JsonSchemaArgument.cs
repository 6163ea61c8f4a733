using System;
using System.Collections;
using System.IO;
using System.Management.Automation;
using System.Text.Json;
using BedrockPS.Conversion;
using BedrockPS.Core;
using BedrockPS.Core.StructuredOutput;
using BedrockPS.Infrastructure;
using BedrockPS.Tools;

namespace BedrockPS.StructuredOutput
{
    /// <summary>
    /// The value of -JsonSchema, made ready once per command: the schema as given (answers are validated against
    /// it, constraints and all), the schema to send (checked against what Bedrock accepts, references inlined,
    /// objects closed), its compiled validator, and the name and description the request carries.
    /// Accepts a hashtable or [ordered] dictionary, JSON text, a path to a .json file (any PowerShell path), an object
    /// from ConvertFrom-Json, or a class ([type]). Every problem is a LocalInputException with the id
    /// BedrockPS.InvalidJsonSchema (BedrockPS.FileNotFound for a missing file), raised before anything is sent.
    /// </summary>
    internal sealed class JsonSchemaArgument
    {
        public const string InvalidJsonSchemaId = "BedrockPS.InvalidJsonSchema";

        /// <summary>The name used when the schema gives none (no "title", not a file or class).</summary>
        public const string DefaultName = "structured_output";

        private const string Parameter = "JsonSchema";

        private JsonSchemaArgument(JsonElement schema, JsonElement serviceSchema, JsonSchemaValidator validator, string name, string? description)
        {
            Schema = schema;
            ServiceSchema = serviceSchema;
            Validator = validator;
            Name = name;
            Description = description;
        }

        /// <summary>The schema as the user gave it; the one answers are validated against.</summary>
        public JsonElement Schema { get; }

        /// <summary>The schema to put in outputConfig (as text) or in the forced tool's inputSchema.</summary>
        public JsonElement ServiceSchema { get; }

        public JsonSchemaValidator Validator { get; }

        /// <summary>A name fit for both JsonSchemaDefinition.name and a tool name ([a-zA-Z0-9_-]{1,64}).</summary>
        public string Name { get; }

        public string? Description { get; }

        /// <param name="value">The bound -JsonSchema value.</param>
        /// <param name="resolvePath">Turns a PowerShell path into a file system path (SessionState.Path.GetUnresolvedProviderPathFromPSPath).</param>
        /// <param name="policy">What the service accepts; <see cref="JsonSchemaPolicy.Bedrock"/> when null.</param>
        public static JsonSchemaArgument From(object? value, Func<string, string> resolvePath, JsonSchemaPolicy? policy = null)
        {
            object? input = value is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject) ? wrapped.BaseObject : value;
            string? nameHint;
            string? description = null;
            JsonElement schema;
            switch (input)
            {
                case null:
                    throw Invalid("-JsonSchema is empty. Give a hashtable, JSON text, a path to a .json file, or a class such as [Ticket].");
                case Type type:
                    schema = ClassSchemaBuilder.Build(type);
                    nameHint = type.Name;
                    description = ClassSchemaBuilder.DescriptionOf(type);
                    break;
                case string text when LooksLikeJson(text):
                    schema = ParseText(text, "The -JsonSchema text");
                    nameHint = null;
                    break;
                case string path:
                    schema = ReadFile(path, resolvePath, out nameHint);
                    break;
                case FileInfo file:
                    schema = ReadFile(file.FullName, resolvePath, out nameHint);
                    break;
                case JsonElement element:
                    schema = element.Clone();
                    nameHint = null;
                    break;
                case IDictionary _:
                case PSObject _:
                    schema = Convert(input);
                    nameHint = null;
                    break;
                default:
                    throw Invalid("-JsonSchema does not take a value of type [" + input.GetType().FullName + "]. Give a hashtable, JSON text, a path to a .json file, or a class such as [Ticket].");
            }

            if (schema.ValueKind != JsonValueKind.Object)
            {
                throw Invalid("-JsonSchema must be a JSON object (a schema such as @{ type = 'object'; properties = @{ ... } }), not " + schema.ValueKind.ToString().ToLowerInvariant() + ".");
            }
            if (schema.TryGetProperty("title", out JsonElement title) && title.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(title.GetString()))
            {
                nameHint = title.GetString();
            }
            if (description == null && schema.TryGetProperty("description", out JsonElement about) && about.ValueKind == JsonValueKind.String)
            {
                description = about.GetString();
            }

            try
            {
                JsonSchemaValidator validator = JsonSchemaValidator.Compile(schema);
                JsonElement serviceSchema = (policy ?? JsonSchemaPolicy.Bedrock).PrepareForService(schema);
                string name = string.IsNullOrWhiteSpace(nameHint) ? DefaultName : ToolNameSanitizer.Sanitize(nameHint!.Trim());
                return new JsonSchemaArgument(validator.Schema, serviceSchema, validator, name, string.IsNullOrWhiteSpace(description) ? null : description!.Trim());
            }
            catch (BedrockServiceException e) when (e.ErrorCode == BedrockErrorCodes.InvalidJsonSchema)
            {
                throw new LocalInputException(InvalidJsonSchemaId, ErrorCategory.InvalidArgument, e.Message, Parameter, e);
            }
        }

        private static bool LooksLikeJson(string text)
        {
            string trimmed = text.TrimStart();
            return trimmed.StartsWith("{", StringComparison.Ordinal) || trimmed.StartsWith("[", StringComparison.Ordinal);
        }

        private static JsonElement ReadFile(string path, Func<string, string> resolvePath, out string name)
        {
            if (string.IsNullOrWhiteSpace(path)) throw Invalid("-JsonSchema is an empty string. Give a hashtable, JSON text, a path to a .json file, or a class.");
            string fullPath = resolvePath(path);
            name = Path.GetFileNameWithoutExtension(fullPath);
            if (!File.Exists(fullPath))
            {
                throw new LocalInputException(ErrorRecordFactory.FileNotFoundId, ErrorCategory.ObjectNotFound,
                    "The -JsonSchema file '" + path + "' does not exist. Give a path to a .json file, JSON text starting with '{', a hashtable, or a class.", Parameter);
            }
            return ParseText(File.ReadAllText(fullPath), "The -JsonSchema file '" + path + "'");
        }

        private static JsonElement ParseText(string text, string what)
        {
            try
            {
                using JsonDocument document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 128, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                return document.RootElement.Clone();
            }
            catch (JsonException e)
            {
                throw new LocalInputException(InvalidJsonSchemaId, ErrorCategory.InvalidData, what + " is not valid JSON: " + e.Message, Parameter, e);
            }
        }

        private static JsonElement Convert(object input)
        {
            try
            {
                return PowerShellToJson.ToElement(input);
            }
            catch (ArgumentException e)
            {
                throw new LocalInputException(InvalidJsonSchemaId, ErrorCategory.InvalidArgument, "-JsonSchema could not be read as JSON: " + e.Message, Parameter, e);
            }
        }

        private static LocalInputException Invalid(string message) =>
            new LocalInputException(InvalidJsonSchemaId, ErrorCategory.InvalidArgument, message, Parameter);
    }
}
