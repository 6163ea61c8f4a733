namespace BedrockPS.Core.Models
{
    /// <summary>What to count (exactly one member set).</summary>
    public sealed class CountTokensInput
    {
        public InvokeModelTokensRequest? InvokeModel { get; set; }

        public ConverseTokensRequest? Converse { get; set; }
    }
}
