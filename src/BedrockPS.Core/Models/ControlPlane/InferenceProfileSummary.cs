using System;
using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>An inference profile (summary and GetInferenceProfile share this shape).</summary>
    public sealed class InferenceProfileSummary
    {
        public string? InferenceProfileName { get; set; }

        public string? Description { get; set; }

        public DateTimeOffset? CreatedAt { get; set; }

        public DateTimeOffset? UpdatedAt { get; set; }

        public string? InferenceProfileArn { get; set; }

        public List<InferenceProfileModel>? Models { get; set; }

        public string? InferenceProfileId { get; set; }

        public string? Status { get; set; }

        /// <summary>SYSTEM_DEFINED or APPLICATION.</summary>
        public string? Type { get; set; }
    }
}
