using System;

namespace BedrockPS.Core.Models
{
    /// <summary>The filters of ListModelInvocationJobs; null members are not sent.</summary>
    public sealed class ModelInvocationJobFilter
    {
        /// <summary>Only jobs submitted after this time.</summary>
        public DateTimeOffset? SubmitTimeAfter { get; set; }

        /// <summary>Only jobs submitted before this time.</summary>
        public DateTimeOffset? SubmitTimeBefore { get; set; }

        /// <summary>Only jobs in this state (see <see cref="ModelInvocationJobStates"/>).</summary>
        public string? StatusEquals { get; set; }

        /// <summary>Only jobs whose name contains this text.</summary>
        public string? NameContains { get; set; }

        /// <summary>CreationTime, the only sort key the service has.</summary>
        public string? SortBy { get; set; }

        /// <summary>Ascending or Descending.</summary>
        public string? SortOrder { get; set; }

        /// <summary>Page size asked of the service (1 to 1000); every page is read whatever it is.</summary>
        public int? PageSize { get; set; }
    }
}
