using System;
using System.Collections.Generic;
using System.Linq;

namespace BedrockPS.Core.Models
{
    /// <summary>The job states of the service and which of them are final.</summary>
    public static class ModelInvocationJobStates
    {
        /// <summary>Accepted, waiting to be validated.</summary>
        public const string Submitted = "Submitted";
        /// <summary>The input is being checked against the service's requirements.</summary>
        public const string Validating = "Validating";
        /// <summary>Valid and waiting for capacity.</summary>
        public const string Scheduled = "Scheduled";
        /// <summary>Records are being processed.</summary>
        public const string InProgress = "InProgress";
        /// <summary>Finished; the output is complete (a record may still carry its own error).</summary>
        public const string Completed = "Completed";
        /// <summary>Finished, but not every record could be processed in time; output exists for those that were.</summary>
        public const string PartiallyCompleted = "PartiallyCompleted";
        /// <summary>Ended with an error; see the job's message.</summary>
        public const string Failed = "Failed";
        /// <summary>A stop was requested and is under way.</summary>
        public const string Stopping = "Stopping";
        /// <summary>Stopped on request.</summary>
        public const string Stopped = "Stopped";
        /// <summary>Timed out: scheduled but not started before the job's timeout. Submit it again.</summary>
        public const string Expired = "Expired";

        /// <summary>Every state the service defines, in lifecycle order.</summary>
        public static readonly IReadOnlyList<string> All = Array.AsReadOnly(new[]
        {
            Submitted, Validating, Scheduled, InProgress, Completed, PartiallyCompleted, Failed, Stopping, Stopped, Expired,
        });

        /// <summary>True for the states a job never leaves: Completed, PartiallyCompleted, Failed, Stopped, Expired.</summary>
        /// <param name="status">A job status as the service reports it; null is not final.</param>
        public static bool IsFinal(string? status) =>
            status == Completed || status == PartiallyCompleted || status == Failed || status == Stopped || status == Expired;

        /// <summary>Final states in which no usable output exists for every record.</summary>
        public static bool IsUnsuccessful(string? status) => status == Failed || status == Stopped || status == Expired;

        /// <summary>True when <paramref name="status"/> is one of <see cref="All"/> (case-sensitive); false for null or a state this version does not know.</summary>
        public static bool IsKnown(string? status) => status != null && All.Contains(status);
    }
}
