namespace BedrockPS.Core.Models
{
    /// <summary>Count the tokens of a native InvokeModel body.</summary>
    public sealed class InvokeModelTokensRequest
    {
        /// <summary>The body in the model's native JSON format (base64 on the wire).</summary>
        public byte[] Body { get; set; } = System.Array.Empty<byte>();
    }
}
