using System.Collections.Generic;
using System.Text;
using System.Text.Json.Nodes;

namespace BedrockPS.Emulator.Tests.Support
{
    /// <summary>One event-stream message as the tests decoded it.</summary>
    internal sealed class DecodedFrame
    {
        public DecodedFrame(Dictionary<string, string> headers, byte[] payload)
        {
            Headers = headers;
            Payload = payload;
        }

        public Dictionary<string, string> Headers { get; }
        public byte[] Payload { get; }

        public string MessageType => Headers[":message-type"];
        public string? EventType => Headers.TryGetValue(":event-type", out var value) ? value : null;
        public string? ExceptionType => Headers.TryGetValue(":exception-type", out var value) ? value : null;
        public JsonObject Json => (JsonObject)JsonNode.Parse(Encoding.UTF8.GetString(Payload))!;
    }
}
