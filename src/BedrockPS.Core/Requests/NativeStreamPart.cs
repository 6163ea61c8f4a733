using System.Text.Json;

namespace BedrockPS.Core.Requests
{
    /// <summary>One decoded InvokeModelWithResponseStream chunk: its text as sent, parsed when it is JSON.</summary>
    public sealed class NativeStreamPart
    {
        /// <param name="index">Position in the stream, from 0.</param>
        /// <param name="raw">The chunk's bytes as UTF-8 text.</param>
        /// <param name="json">The parsed chunk, when it is JSON.</param>
        /// <param name="text">The generated text in the chunk, when the model family is known.</param>
        public NativeStreamPart(int index, string raw, JsonElement? json, string? text)
        {
            Index = index;
            Raw = raw;
            Json = json;
            Text = text;
        }

        /// <summary>Position in the stream, from 0.</summary>
        public int Index { get; }

        /// <summary>The chunk's bytes as UTF-8 text, as the model sent them.</summary>
        public string Raw { get; }

        /// <summary>The parsed chunk (a detached copy); null when the chunk is not JSON.</summary>
        public JsonElement? Json { get; }

        /// <summary>The generated text in this chunk for the known model families; null otherwise.</summary>
        public string? Text { get; }
    }
}
