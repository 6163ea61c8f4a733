namespace BedrockPS.Core.Requests
{
    /// <summary>
    /// One InvokeModel call as a caller bound it: plain values, nothing checked yet. The body is either text
    /// (<see cref="BodyText"/>, checked as JSON when the content type says JSON) or bytes already encoded
    /// (<see cref="BodyBytes"/>). <see cref="InvokeModelRequestBuilder"/> checks it and builds the request.
    /// </summary>
    public sealed class InvokeModelCallRequest
    {
        public string? ModelId { get; set; }

        /// <summary>The model-native body as text; used when <see cref="BodyBytes"/> is null.</summary>
        public string? BodyText { get; set; }

        /// <summary>The model-native body as bytes, sent as given.</summary>
        public byte[]? BodyBytes { get; set; }

        public string? ContentType { get; set; } = "application/json";

        public string? Accept { get; set; } = "application/json";

        public string? GuardrailIdentifier { get; set; }

        public string? GuardrailVersion { get; set; }

        /// <summary>ENABLED, DISABLED or ENABLED_FULL (any case).</summary>
        public string? Trace { get; set; }

        /// <summary>standard or optimized (any case).</summary>
        public string? PerformanceConfigLatency { get; set; }

        /// <summary>priority, default, flex or reserved (any case).</summary>
        public string? ServiceTier { get; set; }
    }
}
