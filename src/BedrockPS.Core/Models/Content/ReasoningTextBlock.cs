namespace BedrockPS.Core.Models
{
    /// <summary>Reasoning text and its signature.</summary>
    public sealed class ReasoningTextBlock
    {
        /// <summary>The reasoning text.</summary>
        public string? Text { get; set; }

        /// <summary>Token proving the model wrote <see cref="Text"/>; replay both unchanged or the service refuses the turn.</summary>
        public string? Signature { get; set; }
    }
}
