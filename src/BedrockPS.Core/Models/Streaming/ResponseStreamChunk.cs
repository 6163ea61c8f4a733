namespace BedrockPS.Core.Models
{
    /// <summary>One chunk of InvokeModelWithResponseStream: the model-native bytes (usually one JSON object).</summary>
    public sealed class ResponseStreamChunk
    {
        public byte[] Bytes { get; set; } = System.Array.Empty<byte>();
    }
}
