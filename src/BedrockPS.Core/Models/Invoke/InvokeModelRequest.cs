using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>An InvokeModel or InvokeModelWithResponseStream call; the body is the model's native format.</summary>
    public sealed class InvokeModelRequest
    {
        public string ModelId { get; set; } = "";

        public byte[] Body { get; set; } = System.Array.Empty<byte>();

        /// <summary>Defaults to application/json.</summary>
        public string? ContentType { get; set; }

        /// <summary>Defaults to application/json.</summary>
        public string? Accept { get; set; }

        /// <summary>ENABLED, DISABLED or ENABLED_FULL.</summary>
        public string? Trace { get; set; }

        public string? GuardrailIdentifier { get; set; }

        public string? GuardrailVersion { get; set; }

        /// <summary>standard or optimized.</summary>
        public string? PerformanceConfigLatency { get; set; }

        /// <summary>priority, default, flex or reserved.</summary>
        public string? ServiceTier { get; set; }

        /// <summary>Sent as JSON text in X-Amzn-Bedrock-Request-Metadata.</summary>
        public Dictionary<string, string>? RequestMetadata { get; set; }
    }
}
