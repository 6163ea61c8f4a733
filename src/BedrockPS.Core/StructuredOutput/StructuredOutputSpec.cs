using System;
using System.Text.Json;

namespace BedrockPS.Core.StructuredOutput
{
    /// <summary>A schema the answer must follow: what is sent, what the answer is checked against, and how it is sent.</summary>
    public sealed class StructuredOutputSpec
    {
        /// <summary>Creates a spec from parts already prepared; see <see cref="FromSchema"/> to start from a user's schema.</summary>
        /// <param name="serviceSchema">The schema to send; cloned.</param>
        /// <param name="validator">Checks answers against the user's schema.</param>
        /// <param name="name">Name of the schema (and of the tool in tool mode).</param>
        /// <param name="description">Description shown to the model, or null.</param>
        /// <param name="mode">How the schema is sent.</param>
        /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
        /// <exception cref="ArgumentNullException"><paramref name="validator"/> is null.</exception>
        public StructuredOutputSpec(JsonElement serviceSchema, JsonSchemaValidator validator, string name, string? description, StructuredOutputMode mode)
        {
            if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A schema needs a name.", nameof(name));
            ServiceSchema = serviceSchema.Clone();
            Validator = validator ?? throw new ArgumentNullException(nameof(validator));
            Name = name;
            Description = description;
            Mode = mode;
        }

        /// <summary>The schema as sent (checked against the service's rules, references inlined).</summary>
        public JsonElement ServiceSchema { get; }

        /// <summary>Checks answers against the schema as the user gave it.</summary>
        public JsonSchemaValidator Validator { get; }

        /// <summary>The schema's name; also the name of the tool in tool mode.</summary>
        public string Name { get; }

        /// <summary>Description of the schema shown to the model; null for none.</summary>
        public string? Description { get; }

        /// <summary>How the schema is sent: native outputConfig, a forced tool, or chosen per model.</summary>
        public StructuredOutputMode Mode { get; }

        /// <summary>
        /// Builds a spec from the schema as the user gave it (a session file keeps that form): compiled for checking
        /// answers and prepared for the service the same way a -JsonSchema argument is.
        /// </summary>
        /// <exception cref="BedrockServiceException">The schema is not one the module can use.</exception>
        public static StructuredOutputSpec FromSchema(JsonElement schema, string name, string? description, StructuredOutputMode mode)
        {
            JsonSchemaValidator validator = JsonSchemaValidator.Compile(schema);
            return new StructuredOutputSpec(JsonSchemaPolicy.Bedrock.PrepareForService(validator.Schema), validator, name, description, mode);
        }

        /// <summary>The same spec with another mode; this instance when the mode is unchanged.</summary>
        /// <param name="mode">The mode wanted.</param>
        public StructuredOutputSpec WithMode(StructuredOutputMode mode) =>
            mode == Mode ? this : new StructuredOutputSpec(ServiceSchema, Validator, Name, Description, mode);
    }
}
