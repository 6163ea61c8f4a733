namespace BedrockPS.Core.Models
{
    /// <summary>A value for a prompt-management variable.</summary>
    public sealed class PromptVariableValues
    {
        public string? Text { get; set; }
    }
}
