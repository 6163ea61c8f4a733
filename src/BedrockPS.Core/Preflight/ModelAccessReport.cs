using System;
using System.Collections.Generic;

namespace BedrockPS.Core.Preflight
{
    /// <summary>
    /// The answer to "can this account use this model id here?": the foundation model it names, the service's
    /// availability fields and lifecycle, and every reason it cannot be used (none when it can).
    /// </summary>
    public sealed class ModelAccessReport
    {
        /// <summary>The id as asked (foundation model or inference profile, id or ARN).</summary>
        public string RequestedId { get; set; } = string.Empty;

        /// <summary>The foundation model behind it, when it could be found.</summary>
        public string? ModelId { get; set; }

        /// <summary>The inference profile the id named, if it named one.</summary>
        public string? InferenceProfileArn { get; set; }

        /// <summary>The provider agreement's state: AVAILABLE, PENDING, NOT_AVAILABLE or ERROR; null when unknown.</summary>
        public string? AgreementStatus { get; set; }

        /// <summary>Why the agreement state could not be read, when it was ERROR.</summary>
        public string? AgreementErrorMessage { get; set; }

        /// <summary>AUTHORIZED or NOT_AUTHORIZED: whether the account has been granted access to the model; null when unknown.</summary>
        public string? AuthorizationStatus { get; set; }

        /// <summary>AVAILABLE or NOT_AVAILABLE: whether the account is entitled to the model (for example through an AWS Marketplace subscription); null when unknown.</summary>
        public string? EntitlementAvailability { get; set; }

        /// <summary>AVAILABLE or NOT_AVAILABLE in the client's region; null when unknown.</summary>
        public string? RegionAvailability { get; set; }

        /// <summary>ACTIVE or LEGACY (null when the service does not report it).</summary>
        public string? LifecycleStatus { get; set; }

        /// <summary>When the model became (or becomes) Legacy; null when not reported.</summary>
        public DateTimeOffset? LegacyTime { get; set; }

        /// <summary>When calls to the model start failing; null when no date is published.</summary>
        public DateTimeOffset? EndOfLifeTime { get; set; }

        /// <summary>Why the model cannot be used; empty when it can.</summary>
        public List<ModelAccessReason> Reasons { get; } = new List<ModelAccessReason>();

        /// <summary>Things that do not block use today (a legacy model's end-of-life date).</summary>
        public List<string> Warnings { get; } = new List<string>();

        /// <summary>True when no reason blocks use (warnings may still apply).</summary>
        public bool Usable => Reasons.Count == 0;
    }
}
