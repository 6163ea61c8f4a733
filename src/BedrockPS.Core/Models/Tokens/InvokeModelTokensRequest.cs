namespace BedrockPS.Core.Models
{
    /// <summary>Count the tokens of a native InvokeModel body.</summary>
    public sealed class InvokeModelTokensRequest
    {
        public byte[] Body { get; set; } = System.Array.Empty<byte>();
    }
}
