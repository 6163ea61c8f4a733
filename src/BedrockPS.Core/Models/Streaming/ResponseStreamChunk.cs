namespace BedrockPS.Core.Models
{
    /// <summary>One chunk of InvokeModelWithResponseStream: the model-native bytes (usually one JSON object).</summary>
    public sealed class ResponseStreamChunk
    {
        /// <summary>The chunk's payload as the model sent it (decoded from base64); never null.</summary>
        public byte[] Bytes { get; set; } = System.Array.Empty<byte>();
    }
}
