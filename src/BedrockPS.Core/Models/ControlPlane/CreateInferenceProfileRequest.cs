using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>CreateInferenceProfile: an application inference profile, for tracking usage and cost with tags.</summary>
    public sealed class CreateInferenceProfileRequest
    {
        public string? InferenceProfileName { get; set; }

        public string? Description { get; set; }

        /// <summary>Makes a retried request create the profile once. Filled with a new GUID when left null.</summary>
        public string? ClientRequestToken { get; set; }

        public InferenceProfileModelSource? ModelSource { get; set; }

        public List<ResourceTag>? Tags { get; set; }
    }
}
