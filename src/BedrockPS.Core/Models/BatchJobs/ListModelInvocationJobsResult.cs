using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>Wire body of one ListModelInvocationJobs page.</summary>
    internal sealed class ListModelInvocationJobsResult
    {
        public List<ModelInvocationJob>? InvocationJobSummaries { get; set; }

        public string? NextToken { get; set; }
    }
}
