namespace BedrockPS.Core.Models
{
    /// <summary>Which model a prompt router chose.</summary>
    public sealed class PromptRouterTrace
    {
        public string? InvokedModelId { get; set; }
    }
}
