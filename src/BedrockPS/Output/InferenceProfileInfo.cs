using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace BedrockPS
{
    /// <summary>
    /// An inference profile (Get-BedrockInferenceProfile): a system-defined cross-region profile, or an application
    /// profile of this account with its tags. ModelId names it the way a call does, so the object pipes straight into
    /// Invoke-BedrockConverse.
    /// </summary>
    public sealed class InferenceProfileInfo
    {
        internal InferenceProfileInfo(
            string inferenceProfileId,
            string? inferenceProfileName,
            string? inferenceProfileArn,
            string? type,
            string? status,
            string? description,
            IReadOnlyList<string> models,
            IReadOnlyDictionary<string, string>? tags = null,
            DateTimeOffset? createdAt = null)
        {
            InferenceProfileId = inferenceProfileId;
            InferenceProfileName = inferenceProfileName;
            InferenceProfileArn = inferenceProfileArn;
            Type = type;
            Status = status;
            Description = description;
            Models = models;
            Tags = tags ?? new ReadOnlyDictionary<string, string>(new Dictionary<string, string>());
            CreatedAt = createdAt;
        }

        /// <summary>The profile id: us., eu., global. ... for system-defined profiles, a generated id for application profiles.</summary>
        public string InferenceProfileId { get; }

        /// <summary>The profile's display name.</summary>
        public string? InferenceProfileName { get; }

        /// <summary>The profile's full ARN.</summary>
        public string? InferenceProfileArn { get; }

        /// <summary>SYSTEM_DEFINED (cross-region, made by AWS) or APPLICATION (made in this account, for cost tracking).</summary>
        public string? Type { get; }

        /// <summary>ACTIVE when the profile can be called.</summary>
        public string? Status { get; }

        /// <summary>The description the profile was given, if any.</summary>
        public string? Description { get; }

        /// <summary>ARNs of the foundation models the profile routes to.</summary>
        public IReadOnlyList<string> Models { get; }

        /// <summary>The tags of an application profile (cost allocation); empty for system-defined profiles.</summary>
        public IReadOnlyDictionary<string, string> Tags { get; }

        /// <summary>When the profile was created, if the service says.</summary>
        public DateTimeOffset? CreatedAt { get; }

        /// <summary>What to pass as -ModelId: the ARN for an application profile (as the service documents), the id otherwise.</summary>
        public string ModelId => string.Equals(Type, "APPLICATION", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(InferenceProfileArn)
            ? InferenceProfileArn!
            : InferenceProfileId;

        /// <summary>The profile id.</summary>
        public override string ToString() => InferenceProfileId;
    }
}
