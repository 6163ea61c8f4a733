using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>CreateInferenceProfile: an application inference profile, for tracking usage and cost with tags.</summary>
    public sealed class CreateInferenceProfileRequest
    {
        /// <summary>Name of the new profile, 1 to 64 characters, unique in the account and region.</summary>
        public string? InferenceProfileName { get; set; }

        /// <summary>Free text, 1 to 200 characters; null sends none.</summary>
        public string? Description { get; set; }

        /// <summary>Makes a retried request create the profile once. Filled with a new GUID when left null.</summary>
        public string? ClientRequestToken { get; set; }

        /// <summary>The foundation model or system-defined profile the new profile routes to.</summary>
        public InferenceProfileModelSource? ModelSource { get; set; }

        /// <summary>Tags for cost tracking (at most 200); null sends none.</summary>
        public List<ResourceTag>? Tags { get; set; }
    }
}
