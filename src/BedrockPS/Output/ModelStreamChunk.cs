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

        /// <summary>The model or inference profile that was called.</summary>
        public string ModelId { get; }

        /// <summary>Position of the chunk in the stream, from 0.</summary>
        public int Index { get; }

        /// <summary>The chunk's model-native JSON as objects (null when the chunk is not JSON).</summary>
        public object? Body { get; }

        /// <summary>The chunk's bytes as text, exactly as the model sent them.</summary>
        public string RawBody { get; }

        /// <summary>Generated text found in the chunk for the common model families, else null.</summary>
        public string? Text { get; }

        /// <summary>The generated text of the chunk, or its raw body when none was found.</summary>
        public override string ToString() => Text ?? RawBody;
    }
}
