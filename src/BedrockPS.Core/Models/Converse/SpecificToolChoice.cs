namespace BedrockPS.Core.Models
{
    /// <summary>The model must call this tool.</summary>
    public sealed class SpecificToolChoice
    {
        public string? Name { get; set; }
    }
}
