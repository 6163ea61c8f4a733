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

        /// <summary>The model or inference profile that was called.</summary>
        public string ModelId { get; }

        /// <summary>The response body parsed from JSON into objects, as ConvertFrom-Json would.</summary>
        public object? Body { get; }

        /// <summary>The response body exactly as the model returned it.</summary>
        public string RawBody { get; }

        /// <summary>The content type of the response body (normally application/json).</summary>
        public string? ContentType { get; }

        /// <summary>Input tokens, from the response headers when the model reports them.</summary>
        public int? InputTokens { get; }

        /// <summary>Output tokens, from the response headers when the model reports them.</summary>
        public int? OutputTokens { get; }

        /// <summary>The model's invocation latency as the service reports it, in milliseconds.</summary>
        public long? LatencyMs { get; }

        /// <summary>The service's request id, for support cases and logs.</summary>
        public string? RequestId { get; }

        /// <summary>The body that was sent, as it was given.</summary>
        public object? Input { get; }

        /// <summary>The raw response body.</summary>
        public override string ToString() => RawBody;
    }
}
