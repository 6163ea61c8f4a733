namespace BedrockPS.Core.Models
{
    /// <summary>Which model a prompt router chose.</summary>
    public sealed class PromptRouterTrace
    {
        /// <summary>Id or ARN of the model the router sent the request to.</summary>
        public string? InvokedModelId { get; set; }
    }
}
