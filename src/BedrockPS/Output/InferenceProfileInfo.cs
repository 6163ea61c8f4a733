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

        public string InferenceProfileId { get; }

        public string? InferenceProfileName { get; }

        public string? InferenceProfileArn { get; }

        public string? Type { get; }

        public string? Status { get; }

        public string? Description { get; }

        /// <summary>ARNs of the foundation models the profile routes to.</summary>
        public IReadOnlyList<string> Models { get; }

        /// <summary>The tags of an application profile (cost allocation); empty for system-defined profiles.</summary>
        public IReadOnlyDictionary<string, string> Tags { get; }

        public DateTimeOffset? CreatedAt { get; }

        /// <summary>What to pass as -ModelId: the ARN for an application profile (as the service documents), the id otherwise.</summary>
        public string ModelId => string.Equals(Type, "APPLICATION", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(InferenceProfileArn)
            ? InferenceProfileArn!
            : InferenceProfileId;

        public override string ToString() => InferenceProfileId;
    }
}
