using System.Text.Json.Nodes;

namespace BedrockPS.Emulator.Native
{
    /// <summary>One decoded stream chunk; IsDelta marks chunks that carry generated content (delayed, counted for faults).</summary>
    internal sealed class NativeChunk
    {
        public NativeChunk(JsonObject body, bool isDelta)
        {
            Body = body;
            IsDelta = isDelta;
        }

        public JsonObject Body { get; }
        public bool IsDelta { get; }
    }
}
