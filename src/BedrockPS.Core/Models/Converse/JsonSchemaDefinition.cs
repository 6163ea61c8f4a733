namespace BedrockPS.Core.Models
{
    /// <summary>A JSON schema for structured output, as a string.</summary>
    public sealed class JsonSchemaDefinition
    {
        public string? Schema { get; set; }

        public string? Name { get; set; }

        public string? Description { get; set; }
    }
}
