namespace BedrockPS.Core.Models
{
    /// <summary>The model must call this tool.</summary>
    public sealed class SpecificToolChoice
    {
        /// <summary>Name of the tool the model must call; must be one of the offered tools.</summary>
        public string? Name { get; set; }
    }
}
