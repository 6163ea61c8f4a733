namespace BedrockPS.Core.Requests
{
    /// <summary>
    /// One InvokeModel call as a caller bound it: plain values, nothing checked yet. The body is either text
    /// (<see cref="BodyText"/>, checked as JSON when the content type says JSON) or bytes already encoded
    /// (<see cref="BodyBytes"/>). <see cref="InvokeModelRequestBuilder"/> checks it and builds the request.
    /// </summary>
    public sealed class InvokeModelCallRequest
    {
        /// <summary>Model id, inference profile id or ARN the body is sent to.</summary>
        public string? ModelId { get; set; }

        /// <summary>The model-native body as text; used when <see cref="BodyBytes"/> is null.</summary>
        public string? BodyText { get; set; }

        /// <summary>The model-native body as bytes, sent as given.</summary>
        public byte[]? BodyBytes { get; set; }

        /// <summary>MIME type of the body (the Content-Type header); application/json unless the model takes another.</summary>
        public string? ContentType { get; set; } = "application/json";

        /// <summary>MIME type asked for in the answer (the Accept header).</summary>
        public string? Accept { get; set; } = "application/json";

        /// <summary>Guardrail id or ARN to apply; needs <see cref="GuardrailVersion"/>.</summary>
        public string? GuardrailIdentifier { get; set; }

        /// <summary>Guardrail version ("DRAFT" or a number); needs <see cref="GuardrailIdentifier"/>.</summary>
        public string? GuardrailVersion { get; set; }

        /// <summary>ENABLED, DISABLED or ENABLED_FULL (any case).</summary>
        public string? Trace { get; set; }

        /// <summary>standard or optimized (any case).</summary>
        public string? PerformanceConfigLatency { get; set; }

        /// <summary>priority, default, flex or reserved (any case).</summary>
        public string? ServiceTier { get; set; }
    }
}
