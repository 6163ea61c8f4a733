using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>An InvokeModel or InvokeModelWithResponseStream call; the body is the model's native format.</summary>
    public sealed class InvokeModelRequest
    {
        /// <summary>Model id, inference profile id or ARN the request is sent to (the path of the URL).</summary>
        public string ModelId { get; set; } = "";

        /// <summary>The request body in the model's native format; sent as is.</summary>
        public byte[] Body { get; set; } = System.Array.Empty<byte>();

        /// <summary>Defaults to application/json.</summary>
        public string? ContentType { get; set; }

        /// <summary>Defaults to application/json.</summary>
        public string? Accept { get; set; }

        /// <summary>ENABLED, DISABLED or ENABLED_FULL.</summary>
        public string? Trace { get; set; }

        /// <summary>Guardrail id or ARN to apply; null applies none.</summary>
        public string? GuardrailIdentifier { get; set; }

        /// <summary>Guardrail version number or "DRAFT"; required with a guardrail.</summary>
        public string? GuardrailVersion { get; set; }

        /// <summary>standard or optimized.</summary>
        public string? PerformanceConfigLatency { get; set; }

        /// <summary>priority, default, flex or reserved.</summary>
        public string? ServiceTier { get; set; }

        /// <summary>Sent as JSON text in X-Amzn-Bedrock-Request-Metadata.</summary>
        public Dictionary<string, string>? RequestMetadata { get; set; }
    }
}
