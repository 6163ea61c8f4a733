namespace BedrockPS.Core.Models
{
    /// <summary>A value for a prompt-management variable.</summary>
    public sealed class PromptVariableValues
    {
        /// <summary>The text substituted for the variable.</summary>
        public string? Text { get; set; }
    }
}
