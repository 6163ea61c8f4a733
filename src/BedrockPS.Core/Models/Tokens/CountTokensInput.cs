namespace BedrockPS.Core.Models
{
    /// <summary>What to count (exactly one member set).</summary>
    public sealed class CountTokensInput
    {
        /// <summary>A native InvokeModel body to count.</summary>
        public InvokeModelTokensRequest? InvokeModel { get; set; }

        /// <summary>A Converse input to count.</summary>
        public ConverseTokensRequest? Converse { get; set; }
    }
}
