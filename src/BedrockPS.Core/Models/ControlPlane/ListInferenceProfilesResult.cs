using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>Wire body of one ListInferenceProfiles page.</summary>
    internal sealed class ListInferenceProfilesResult
    {
        public List<InferenceProfileSummary>? InferenceProfileSummaries { get; set; }

        public string? NextToken { get; set; }
    }
}
