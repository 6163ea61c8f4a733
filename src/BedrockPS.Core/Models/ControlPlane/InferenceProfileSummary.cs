using System;
using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>An inference profile (summary and GetInferenceProfile share this shape).</summary>
    public sealed class InferenceProfileSummary
    {
        /// <summary>Name of the profile.</summary>
        public string? InferenceProfileName { get; set; }

        /// <summary>Description of the profile; null when it has none.</summary>
        public string? Description { get; set; }

        /// <summary>When the profile was created.</summary>
        public DateTimeOffset? CreatedAt { get; set; }

        /// <summary>When the profile was last changed.</summary>
        public DateTimeOffset? UpdatedAt { get; set; }

        /// <summary>ARN of the profile; usable as a model id.</summary>
        public string? InferenceProfileArn { get; set; }

        /// <summary>The models (one per region, at most five) the profile routes to.</summary>
        public List<InferenceProfileModel>? Models { get; set; }

        /// <summary>Id of the profile, for example us.anthropic.claude-3-haiku-20240307-v1:0; usable as a model id.</summary>
        public string? InferenceProfileId { get; set; }

        /// <summary>ACTIVE when the profile can be used.</summary>
        public string? Status { get; set; }

        /// <summary>SYSTEM_DEFINED or APPLICATION.</summary>
        public string? Type { get; set; }
    }
}
