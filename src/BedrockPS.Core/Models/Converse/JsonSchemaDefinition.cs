namespace BedrockPS.Core.Models
{
    /// <summary>A JSON schema for structured output, as a string.</summary>
    public sealed class JsonSchemaDefinition
    {
        /// <summary>The JSON schema text the answer must satisfy (a serialized schema, not an object).</summary>
        public string? Schema { get; set; }

        /// <summary>Name of the schema, shown to the model.</summary>
        public string? Name { get; set; }

        /// <summary>What the schema describes, shown to the model.</summary>
        public string? Description { get; set; }
    }
}
