namespace BedrockPS.Core.Models
{
    /// <summary>The structure of the output (one member).</summary>
    public sealed class OutputFormatStructure
    {
        public JsonSchemaDefinition? JsonSchema { get; set; }
    }
}
