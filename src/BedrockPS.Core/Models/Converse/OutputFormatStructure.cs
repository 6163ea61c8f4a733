namespace BedrockPS.Core.Models
{
    /// <summary>The structure of the output (one member).</summary>
    public sealed class OutputFormatStructure
    {
        /// <summary>The JSON schema.</summary>
        public JsonSchemaDefinition? JsonSchema { get; set; }
    }
}
