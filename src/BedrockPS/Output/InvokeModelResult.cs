namespace BedrockPS
{
    /// <summary>The answer of a model's native API (Invoke-BedrockModel).</summary>
    public sealed class InvokeModelResult
    {
        internal InvokeModelResult(
            string modelId,
            object? body,
            string rawBody,
            string? contentType,
            int? inputTokens,
            int? outputTokens,
            long? latencyMs,
            string? requestId,
            object? input)
        {
            ModelId = modelId;
            Body = body;
            RawBody = rawBody;
            ContentType = contentType;
            InputTokens = inputTokens;
            OutputTokens = outputTokens;
            LatencyMs = latencyMs;
            RequestId = requestId;
            Input = input;
        }

        public string ModelId { get; }

        /// <summary>The response body parsed from JSON into objects, as ConvertFrom-Json would.</summary>
        public object? Body { get; }

        public string RawBody { get; }

        public string? ContentType { get; }

        public int? InputTokens { get; }

        public int? OutputTokens { get; }

        public long? LatencyMs { get; }

        public string? RequestId { get; }

        public object? Input { get; }

        public override string ToString() => RawBody;
    }
}
