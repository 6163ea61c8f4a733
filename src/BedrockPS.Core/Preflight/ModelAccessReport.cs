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

        public string? AgreementStatus { get; set; }

        public string? AgreementErrorMessage { get; set; }

        public string? AuthorizationStatus { get; set; }

        public string? EntitlementAvailability { get; set; }

        public string? RegionAvailability { get; set; }

        /// <summary>ACTIVE or LEGACY (null when the service does not report it).</summary>
        public string? LifecycleStatus { get; set; }

        public DateTimeOffset? LegacyTime { get; set; }

        public DateTimeOffset? EndOfLifeTime { get; set; }

        /// <summary>Why the model cannot be used; empty when it can.</summary>
        public List<ModelAccessReason> Reasons { get; } = new List<ModelAccessReason>();

        /// <summary>Things that do not block use today (a legacy model's end-of-life date).</summary>
        public List<string> Warnings { get; } = new List<string>();

        public bool Usable => Reasons.Count == 0;
    }
}
