namespace BedrockPS
{
    /// <summary>One decoded chunk of Invoke-BedrockModel -Stream, written as it arrives.</summary>
    public sealed class ModelStreamChunk
    {
        internal ModelStreamChunk(string modelId, int index, object? body, string rawBody, string? text)
        {
            ModelId = modelId;
            Index = index;
            Body = body;
            RawBody = rawBody;
            Text = text;
        }

        public string ModelId { get; }

        /// <summary>Position of the chunk in the stream, from 0.</summary>
        public int Index { get; }

        /// <summary>The chunk's model-native JSON as objects (null when the chunk is not JSON).</summary>
        public object? Body { get; }

        public string RawBody { get; }

        /// <summary>Generated text found in the chunk for the common model families, else null.</summary>
        public string? Text { get; }

        public override string ToString() => Text ?? RawBody;
    }
}
