using System.Collections.Generic;

namespace BedrockPS
{
    /// <summary>
    /// A cross-region inference profile (Get-BedrockInferenceProfile). ModelId repeats the profile id so the
    /// object pipes straight into Invoke-BedrockConverse.
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
            IReadOnlyList<string> models)
        {
            InferenceProfileId = inferenceProfileId;
            InferenceProfileName = inferenceProfileName;
            InferenceProfileArn = inferenceProfileArn;
            Type = type;
            Status = status;
            Description = description;
            Models = models;
        }

        public string InferenceProfileId { get; }

        public string? InferenceProfileName { get; }

        public string? InferenceProfileArn { get; }

        public string? Type { get; }

        public string? Status { get; }

        public string? Description { get; }

        /// <summary>ARNs of the foundation models the profile routes to.</summary>
        public IReadOnlyList<string> Models { get; }

        public string ModelId => InferenceProfileId;

        public override string ToString() => InferenceProfileId;
    }
}
