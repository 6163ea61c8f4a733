using System;

namespace BedrockPS.Core.Models
{
    /// <summary>The job states of the service and which of them are final.</summary>
    public static class ModelInvocationJobStates
    {
        public const string Submitted = "Submitted";
        public const string Validating = "Validating";
        public const string Scheduled = "Scheduled";
        public const string InProgress = "InProgress";
        public const string Completed = "Completed";
        public const string PartiallyCompleted = "PartiallyCompleted";
        public const string Failed = "Failed";
        public const string Stopping = "Stopping";
        public const string Stopped = "Stopped";
        public const string Expired = "Expired";

        public static readonly string[] All =
        {
            Submitted, Validating, Scheduled, InProgress, Completed, PartiallyCompleted, Failed, Stopping, Stopped, Expired,
        };

        public static bool IsFinal(string? status) =>
            status == Completed || status == PartiallyCompleted || status == Failed || status == Stopped || status == Expired;

        /// <summary>Final states in which no usable output exists for every record.</summary>
        public static bool IsUnsuccessful(string? status) => status == Failed || status == Stopped || status == Expired;

        public static bool IsKnown(string? status) => status != null && Array.IndexOf(All, status) >= 0;
    }
}
