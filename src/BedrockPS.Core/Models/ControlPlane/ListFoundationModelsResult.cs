using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>Wire body of ListFoundationModels.</summary>
    internal sealed class ListFoundationModelsResult
    {
        public List<FoundationModelSummary>? ModelSummaries { get; set; }
    }
}
